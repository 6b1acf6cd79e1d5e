package io.careerledger.command.career;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** HR moves a person to another line manager. */
public record ChangeManager(
        @TargetAggregateIdentifier String employeeId,
        String managerId) {
}
