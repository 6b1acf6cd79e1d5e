package io.careerledger.command.career;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A rotation or secondment ends. */
public record EndMobilityAssignment(
        @TargetAggregateIdentifier String employeeId,
        String assignmentId,
        LocalDate endedOn,
        String outcome,
        @TargetAggregateVersion Long expectedVersion) {
}
