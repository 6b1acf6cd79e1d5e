package io.careerledger.events;

/** A council member's current stance on a case; a change of mind is a new event, the earlier one stays in history. */
@EventRevision(1)
public record PromotionFeedbackGiven(
        String employeeId,
        String caseId,
        String memberId,
        FeedbackStance stance,
        String comment) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
