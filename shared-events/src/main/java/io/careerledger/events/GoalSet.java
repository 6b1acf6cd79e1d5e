package io.careerledger.events;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An observable, time-bound goal, optionally towards a competency or a milestone. */
@EventRevision(1)
public record GoalSet(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String goalId,
        @PersonalData @NotNull @Size(max = Limits.NAME) String title,
        @PersonalData @Size(max = Limits.REASON) String measure,
        LocalDate dueDate,
        @Size(max = Limits.ID) String competencyId,
        @Size(max = Limits.ID) String milestoneId,
        @Size(max = Limits.ID) String conversationId) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
