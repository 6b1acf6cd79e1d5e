package io.careerledger.events;

/** An approved case's promotion is on the person's career: the case is done. */
@EventRevision(1)
public record PromotionCompleted(
        String employeeId,
        String caseId,
        int toLevel) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
