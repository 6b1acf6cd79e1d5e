package io.careerledger.command.career;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** HR records that a person left. */
public record OffboardEmployee(
        @TargetAggregateIdentifier String employeeId,
        LocalDate lastWorkingDay,
        String reason) {
}
