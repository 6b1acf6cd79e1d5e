package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A goal was given up, and why. */
@EventRevision(1)
public record GoalAbandoned(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String goalId,
        @PersonalData @NotNull @Size(max = Limits.REASON) String reason) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
