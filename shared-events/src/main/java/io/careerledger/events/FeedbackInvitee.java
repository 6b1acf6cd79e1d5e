package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Someone asked to give feedback in a round. */
public record FeedbackInvitee(
        @NotNull @Size(max = Limits.ACTOR) String personId,
        @NotNull FeedbackRelation relation) {
}
