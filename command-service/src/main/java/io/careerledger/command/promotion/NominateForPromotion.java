package io.careerledger.command.promotion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Nominates a person for a level on their current track; the case id is the client's, so a retry
 * creates nothing new.
 *
 * @param skipReason required when the target is more than one level up
 */
public record NominateForPromotion(
        @TargetAggregateIdentifier String caseId,
        String employeeId,
        int targetLevel,
        String justification,
        String skipReason) {
}
