package io.careerledger.events;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The person left the organisation: their history stays, nothing new can be recorded. */
@EventRevision(1)
public record EmployeeOffboarded(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull LocalDate lastWorkingDay,
        @PersonalData @NotNull @Size(max = Limits.REASON) String reason) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
