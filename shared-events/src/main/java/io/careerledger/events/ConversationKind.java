package io.careerledger.events;

/** What a progression conversation is for. */
public enum ConversationKind {
    ONE_TO_ONE,
    PERFORMANCE_CATCH_UP,
    PERFORMANCE_REVIEW,
    CAREER_PLANNING,
    CALIBRATION,
    RETROSPECTIVE
}
