package io.careerledger.command.career;

/** The stable codes of refusals on a person's career: problem {@code type} {@code /problems/<code>}. */
final class CareerRules {

    static final String ALREADY_REGISTERED = "employee-already-registered";
    static final String OFFBOARDED = "employee-offboarded";
    static final String NOT_ALLOWED = "not-allowed-for-this-person";
    static final String OWN_MANAGER = "own-manager";
    static final String FRAMEWORK_NOT_PUBLISHED = "framework-not-published";
    static final String TRACK_NOT_ALLOWED = "track-not-allowed";
    static final String AGREEMENT_REQUIRED = "track-agreement-required";
    static final String UNKNOWN_COMPETENCY = "unknown-competency";
    static final String PROFICIENCY_OFF_SCALE = "proficiency-off-scale";
    static final String ASSESSMENT_ID_TAKEN = "assessment-id-taken";
    static final String UNKNOWN_ASSESSMENT = "unknown-assessment";
    static final String JUSTIFICATION_REQUIRED = "justification-required";
    static final String VAGUE_GOAL = "vague-goal";
    static final String GOAL_ID_TAKEN = "goal-id-taken";
    static final String UNKNOWN_GOAL = "unknown-goal";
    static final String GOAL_CLOSED = "goal-closed";
    static final String EVIDENCE_REQUIRED = "evidence-required";
    static final String REASON_REQUIRED = "reason-required";
    static final String UNKNOWN_MILESTONE = "unknown-milestone";
    static final String MILESTONE_WITHOUT_EVIDENCE = "milestone-without-evidence";
    static final String UNKNOWN_TRACK = "unknown-track";
    static final String ASSIGNMENT_ACTIVE = "assignment-active";
    static final String ASSIGNMENT_DATES = "assignment-dates";
    static final String UNKNOWN_ASSIGNMENT = "unknown-assignment";
    static final String ALREADY_AT_LEVEL = "already-at-level";
    static final String UNKNOWN_LEVEL = "unknown-level";
    static final String UNKNOWN_REVIEW_CYCLE = "unknown-review-cycle";
    static final String REVIEW_CYCLE_CLOSED = "review-cycle-closed";
    static final String ERASURE_BEFORE_OFFBOARDING = "erasure-before-offboarding";
    static final String RETENTION_PERIOD_RUNNING = "retention-period-running";
    static final String LEGAL_HOLD = "legal-hold";
    static final String NO_LEGAL_HOLD = "no-legal-hold";
    static final String PERSONAL_DATA_ERASED = "personal-data-erased";

    private CareerRules() {
    }
}
