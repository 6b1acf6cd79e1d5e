package io.careerledger.command.conversation;

/** The stable codes of conversation refusals: problem {@code type} {@code /problems/<code>}. */
final class ConversationRules {

    static final String UNKNOWN_EMPLOYEE = "conversation-unknown-employee";
    static final String EMPLOYEE_OFFBOARDED = "conversation-employee-offboarded";
    static final String NOT_ALLOWED_TO_SCHEDULE = "conversation-not-allowed-to-schedule";
    static final String ALREADY_SCHEDULED = "conversation-already-scheduled";
    static final String NOT_A_PARTICIPANT = "conversation-not-a-participant";
    static final String OWNER_NOT_A_PARTICIPANT = "conversation-owner-not-a-participant";
    static final String DUE_DATE_IN_PAST = "conversation-due-date-in-past";
    static final String AMENDMENT_REASON_REQUIRED = "conversation-amendment-reason-required";
    static final String NOTE_ID_TAKEN = "conversation-note-id-taken";
    static final String AGREEMENT_ID_TAKEN = "conversation-agreement-id-taken";
    static final String NOT_ALLOWED_TO_CONCLUDE = "conversation-not-allowed-to-conclude";
    static final String SUMMARY_REQUIRED = "conversation-summary-required";
    static final String ALREADY_CONCLUDED = "conversation-already-concluded";
    static final String NOT_CONCLUDED = "conversation-not-concluded";
    static final String ONLY_THE_EMPLOYEE_ACKNOWLEDGES = "conversation-only-the-employee-acknowledges";
    static final String NOT_ALLOWED_TO_CANCEL = "conversation-not-allowed-to-cancel";
    static final String CANCELLED = "conversation-cancelled";
    static final String CANCELLATION_REASON_REQUIRED = "conversation-cancellation-reason-required";

    private ConversationRules() {
    }
}
