package io.careerledger.command.career;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** HR lifts the legal hold on a person's record. */
public record LiftLegalHold(@TargetAggregateIdentifier String employeeId, String reason) {
}
