package io.careerledger.command.career;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A manager or council member verifies a milestone's evidence. */
public record VerifyMilestone(
        @TargetAggregateIdentifier String employeeId,
        String milestoneId) {
}
