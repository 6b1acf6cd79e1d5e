package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The conversation will not take place. */
@EventRevision(1)
public record ConversationCancelled(
        @NotNull @Size(max = Limits.ID) String conversationId,
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ACTOR) String cancelledBy,
        @PersonalData @NotNull @Size(max = Limits.REASON) String reason) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
