package io.careerledger.events;

/**
 * Someone was nominated for a level on their track. The readiness snapshot keeps what the
 * decision-makers saw, so auditors later see it too.
 *
 * @param skipReason why the nomination skips a level; absent for the next level
 */
@EventRevision(1)
public record PromotionNominated(
        String employeeId,
        String caseId,
        String frameworkId,
        int frameworkVersion,
        String trackId,
        int fromLevel,
        int toLevel,
        String justification,
        String skipReason,
        String nominatedBy,
        ReadinessSnapshot readiness) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
