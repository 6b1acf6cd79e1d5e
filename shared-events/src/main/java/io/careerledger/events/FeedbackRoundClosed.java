package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A feedback round takes no more answers. @param answers how many were given */
@EventRevision(1)
public record FeedbackRoundClosed(
        @NotNull @Size(max = Limits.ID) String roundId,
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ACTOR) String closedBy,
        int answers) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
