package io.careerledger.events;

/** Who may read a conversation note. */
public enum NoteVisibility {
    /** everyone who may see the conversation */
    SHARED,
    /** its author alone */
    PRIVATE,
    /** HR alone */
    HR_ONLY
}
