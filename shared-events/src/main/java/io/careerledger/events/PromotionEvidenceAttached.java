package io.careerledger.events;

/** Evidence for a promotion case, from the nominator, the person themself or HR. */
@EventRevision(1)
public record PromotionEvidenceAttached(
        String employeeId,
        String caseId,
        String evidenceId,
        String description,
        String link,
        String attachedBy) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
