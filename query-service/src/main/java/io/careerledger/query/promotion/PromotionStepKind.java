package io.careerledger.query.promotion;

/** The kinds of step on a promotion decision trail. */
enum PromotionStepKind { NOMINATED, EVIDENCE_ATTACHED, FEEDBACK_GIVEN, DECIDED, WITHDRAWN, PROMOTION_APPLIED, PROMOTION_COMPLETED, PROMOTION_FAILED }
