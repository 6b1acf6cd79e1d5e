package io.careerledger.events;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A rotation or secondment ended, with what came of it. */
@EventRevision(1)
public record MobilityAssignmentEnded(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String assignmentId,
        @NotNull LocalDate endedOn,
        @PersonalData @NotNull @Size(max = Limits.REASON) String outcome) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
