package io.careerledger.command.promotion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Evidence for an open case; the evidence id is the client's, so a retry attaches nothing new. */
public record AttachPromotionEvidence(
        @TargetAggregateIdentifier String caseId,
        String evidenceId,
        String description,
        String link) {
}
