package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * HR had the author of one anonymous answer revealed, giving a reason: every reveal is its own event,
 * so the audit log shows who asked, when and why.
 */
@EventRevision(1)
public record FeedbackAuthorRevealed(
        @NotNull @Size(max = Limits.ID) String roundId,
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String answerId,
        @Withheld(from = "everyone but HR")
        @NotNull @Size(max = Limits.ACTOR) String authorId,
        @NotNull @Size(max = Limits.ACTOR) String revealedBy,
        @PersonalData @NotNull @Size(min = 1, max = Limits.REASON) String reason) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
