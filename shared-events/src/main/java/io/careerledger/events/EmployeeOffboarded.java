package io.careerledger.events;

import java.time.LocalDate;

/** The person left the organisation: their history stays, nothing new can be recorded. */
@EventRevision(1)
public record EmployeeOffboarded(
        String employeeId,
        LocalDate lastWorkingDay,
        String reason) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
