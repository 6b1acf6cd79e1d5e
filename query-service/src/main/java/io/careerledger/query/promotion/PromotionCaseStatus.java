package io.careerledger.query.promotion;

/** Where a case stands: open until decided or withdrawn; an approved case ends promoted or with the failure recorded. */
public enum PromotionCaseStatus { OPEN, DECIDED, WITHDRAWN, PROMOTED, PROMOTION_FAILED }
