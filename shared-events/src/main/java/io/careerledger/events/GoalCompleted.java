package io.careerledger.events;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A goal was met, with the evidence that shows it. */
@EventRevision(1)
public record GoalCompleted(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String goalId,
        @PersonalData @NotNull List<@NotNull @Size(max = Limits.REASON) String> evidence) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
