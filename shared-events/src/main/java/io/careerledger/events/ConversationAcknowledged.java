package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The employee read the concluded conversation and acknowledged it. */
@EventRevision(1)
public record ConversationAcknowledged(
        @NotNull @Size(max = Limits.ID) String conversationId,
        @NotNull @Size(max = Limits.ID) String employeeId) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
