package io.careerledger.command.feedback;

/** The stable codes of feedback round refusals: problem {@code type} {@code /problems/<code>}. */
final class FeedbackRules {

    static final String UNKNOWN_EMPLOYEE = "feedback-unknown-employee";
    static final String EMPLOYEE_OFFBOARDED = "feedback-employee-offboarded";
    static final String NOT_ALLOWED_TO_OPEN = "feedback-not-allowed-to-open";
    static final String ALREADY_OPENED = "feedback-round-already-opened";
    static final String SUBJECT_INVITED = "feedback-subject-invited";
    static final String INVITED_TWICE = "feedback-invited-twice";
    static final String TOO_FEW_INVITEES = "feedback-too-few-invitees";
    static final String NOT_A_DIRECT_REPORT = "feedback-not-a-direct-report";
    static final String NOT_INVITED = "feedback-not-invited";
    static final String ROUND_CLOSED = "feedback-round-closed";
    static final String ALREADY_GIVEN = "feedback-already-given";
    static final String UNKNOWN_COMPETENCY = "feedback-unknown-competency";
    static final String COMPETENCY_RATED_TWICE = "feedback-competency-rated-twice";
    static final String NOT_ALLOWED_TO_CLOSE = "feedback-not-allowed-to-close";
    static final String REVEAL_BY_HR_ONLY = "feedback-reveal-by-hr-only";
    static final String REVEAL_REASON_REQUIRED = "feedback-reveal-reason-required";
    static final String UNKNOWN_ANSWER = "feedback-unknown-answer";

    private FeedbackRules() {
    }
}
