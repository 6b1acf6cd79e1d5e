package io.careerledger.command.career;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A rotation or secondment ends. */
public record EndMobilityAssignment(
        @TargetAggregateIdentifier String employeeId,
        String assignmentId,
        LocalDate endedOn,
        String outcome) {
}
