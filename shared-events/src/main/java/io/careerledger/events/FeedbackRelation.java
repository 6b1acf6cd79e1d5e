package io.careerledger.events;

/** How an invited person stands to the one the feedback is about. */
public enum FeedbackRelation {
    /** a colleague */
    PEER,
    /** someone who reports to them: upward feedback about their manager */
    DIRECT_REPORT
}
