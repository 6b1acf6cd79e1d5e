package io.careerledger.command.career;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Evidence towards a milestone of the person's framework. */
public record RecordMilestoneEvidence(
        @TargetAggregateIdentifier String employeeId,
        String milestoneId,
        String evidence) {
}
