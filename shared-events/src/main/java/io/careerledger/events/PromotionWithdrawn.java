package io.careerledger.events;

/** The nominator or HR withdrew a case before it was decided. */
@EventRevision(1)
public record PromotionWithdrawn(
        String employeeId,
        String caseId,
        String reason,
        String withdrawnBy) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
