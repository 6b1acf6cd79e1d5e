package io.careerledger.events;

/** What the council or HR decided on a promotion case. */
public enum PromotionDecision { APPROVE, REJECT, DEFER }
