package io.careerledger.events;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An invited person answered a feedback round. The author is kept so that HR can reveal it on a
 * request with a reason (a {@link FeedbackAuthorRevealed}); the read side never shows it otherwise,
 * nor this event's actor metadata ({@code ce_actorid}, {@code ce_actorroles}): downstream consumers must withhold them too.
 *
 * @param answerId chosen by the client, so a retried answer is recognised
 * @param comment  free text, shown with the aggregates without its author
 */
@EventRevision(1)
public record FeedbackGiven(
        @NotNull @Size(max = Limits.ID) String roundId,
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String answerId,
        @Withheld(from = "everyone: HR sees it only on an answer it revealed with a reason")
        @NotNull @Size(max = Limits.ACTOR) String authorId,
        @NotNull @Size(min = 1, max = Limits.ITEMS) List<@NotNull FeedbackRating> ratings,
        @Withheld(from = "the employee and their manager until the round has its minimum of answers; then shown among the results, without author")
        @PersonalData @Size(max = Limits.TEXT) String comment) implements CareerEvent {

    public FeedbackGiven {
        ratings = List.copyOf(ratings);
    }

    @Override
    public String subject() {
        return employeeId;
    }
}
