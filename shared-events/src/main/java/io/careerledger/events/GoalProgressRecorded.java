package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** How far a goal has come, in percent of its measure. */
@EventRevision(1)
public record GoalProgressRecorded(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String goalId,
        int percentComplete,
        @PersonalData @Size(max = Limits.REASON) String note) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
