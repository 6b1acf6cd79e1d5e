package io.careerledger.events;

/** An approved promotion could not be applied to the person's career (they left, for one); the case keeps why. */
@EventRevision(1)
public record PromotionApplicationFailed(
        String employeeId,
        String caseId,
        String reason) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
