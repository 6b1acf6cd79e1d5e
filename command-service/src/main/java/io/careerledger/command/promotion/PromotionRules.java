package io.careerledger.command.promotion;

/** The stable codes of refusals on promotion cases: problem {@code type} {@code /problems/<code>}. */
final class PromotionRules {

    static final String NOT_ALLOWED = "not-allowed-for-this-case";
    static final String UNKNOWN_EMPLOYEE = "unknown-employee";
    static final String OFFBOARDED = "employee-offboarded";
    static final String NO_TRACK = "no-track-chosen";
    static final String FRAMEWORK_NOT_PUBLISHED = "framework-not-published";
    static final String NOT_A_PROMOTION = "not-a-promotion";
    static final String UNKNOWN_LEVEL = "unknown-level";
    static final String SKIP_REASON_REQUIRED = "skip-reason-required";
    static final String JUSTIFICATION_REQUIRED = "justification-required";
    static final String CASE_OPEN = "promotion-case-open";
    static final String CASE_ID_TAKEN = "case-id-taken";
    static final String CASE_CLOSED = "promotion-case-closed";
    static final String EVIDENCE_ID_TAKEN = "evidence-id-taken";
    static final String EVIDENCE_REQUIRED = "evidence-required";
    static final String OWN_NOMINATION = "own-nomination";
    static final String QUORUM_NOT_REACHED = "feedback-quorum-not-reached";
    static final String RATIONALE_REQUIRED = "rationale-required";
    static final String REASON_REQUIRED = "reason-required";

    private PromotionRules() {
    }
}
