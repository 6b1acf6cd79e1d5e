package io.careerledger.command.career;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** HR moves a person to another line manager; {@code expectedVersion} (If-Match) may be null. */
public record ChangeManager(
        @TargetAggregateIdentifier String employeeId,
        String managerId,
        @TargetAggregateVersion Long expectedVersion) {
}
