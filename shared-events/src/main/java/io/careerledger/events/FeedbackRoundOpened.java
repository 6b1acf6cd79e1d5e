package io.careerledger.events;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An anonymous 360° feedback round was opened about an employee: peers and direct reports are asked
 * to rate the named competencies. Who answered what is never shown to the employee or their manager;
 * results are shown only as aggregates, once at least {@code minimumAnswers} people answered.
 *
 * @param employeeId     the person the feedback is about
 * @param openedBy       their line manager or HR
 * @param minimumAnswers how many answers there must be before any result is shown (configured when it opened)
 */
@EventRevision(1)
public record FeedbackRoundOpened(
        @NotNull @Size(max = Limits.ID) String roundId,
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ACTOR) String openedBy,
        @NotNull @Size(min = 1, max = Limits.ITEMS) List<@NotNull @Size(max = Limits.ID) String> competencyIds,
        @Withheld(from = "the employee and their manager (they see how many were invited)")
        @NotNull @Size(min = 1, max = Limits.ITEMS) List<@NotNull FeedbackInvitee> invitees,
        int minimumAnswers) implements CareerEvent {

    public FeedbackRoundOpened {
        competencyIds = List.copyOf(competencyIds);
        invitees = List.copyOf(invitees);
    }

    @Override
    public String subject() {
        return employeeId;
    }
}
