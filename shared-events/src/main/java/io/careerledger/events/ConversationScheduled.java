package io.careerledger.events;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A progression conversation with an employee was put in the diary. Its events are keyed by the
 * employee, so they stay in order with the rest of that person's history.
 *
 * @param scheduledBy   who scheduled it: the line manager, HR, or the employee themself
 * @param participants  who takes part: always the employee and the scheduler, first, then the others
 * @param scheduledFor  when it takes place
 * @param reviewCycleId the review cycle it belongs to; absent outside a cycle
 * @param agenda        what will be discussed; may be absent
 */
@EventRevision(1)
public record ConversationScheduled(
        @NotNull @Size(max = Limits.ID) String conversationId,
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull ConversationKind kind,
        @NotNull @Size(max = Limits.ACTOR) String scheduledBy,
        @NotNull List<@NotNull @Size(max = Limits.ID) String> participants,
        @NotNull Instant scheduledFor,
        @Size(max = Limits.ID) String reviewCycleId,
        @PersonalData @Size(max = Limits.TEXT) String agenda) implements CareerEvent {

    public ConversationScheduled {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    @Override
    public String subject() {
        return employeeId;
    }
}
