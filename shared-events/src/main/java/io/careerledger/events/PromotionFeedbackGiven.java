package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A council member's current stance on a case; a change of mind is a new event, the earlier one stays in history. */
@EventRevision(1)
public record PromotionFeedbackGiven(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String caseId,
        @NotNull @Size(max = Limits.ACTOR) String memberId,
        @NotNull FeedbackStance stance,
        @PersonalData @Size(max = Limits.TEXT) String comment) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
