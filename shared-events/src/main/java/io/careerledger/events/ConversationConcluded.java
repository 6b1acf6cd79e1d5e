package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The conversation took place and was summed up; from now on notes and agreements need a reason. */
@EventRevision(1)
public record ConversationConcluded(
        @NotNull @Size(max = Limits.ID) String conversationId,
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ACTOR) String concludedBy,
        @PersonalData @NotNull @Size(max = Limits.NOTE) String summary) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
