package io.careerledger.events;

/** A council member's stance on a promotion case. */
public enum FeedbackStance { SUPPORT, CONCERN, OBJECT }
