package io.careerledger.command.career;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** HR puts a person's record under legal hold: no erasure while it holds. */
public record PlaceLegalHold(@TargetAggregateIdentifier String employeeId, String reason) {
}
