package io.careerledger.query.promotion;

import io.careerledger.events.PromotionDecision;

/** Where a case stands: open until decided or withdrawn; an approved case ends promoted or with the failure recorded. */
public enum PromotionCaseStatus {
    OPEN, DECIDED, WITHDRAWN, PROMOTED, PROMOTION_FAILED;

    /** Still moving towards a new level: open, or approved and not yet promoted. The dashboard's and as-of's "open case". */
    public boolean underWay(PromotionDecision decision) {
        return this == OPEN || this == DECIDED && decision == PromotionDecision.APPROVE;
    }
}
