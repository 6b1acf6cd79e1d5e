package io.careerledger.events;

/**
 * A council member approved a proposed version.
 *
 * @param approvals         approvals so far, this one included
 * @param requiredApprovals the quorum that publishes the version
 */
@EventRevision(1)
public record FrameworkVersionApproved(
        String frameworkId,
        int version,
        String approvedBy,
        String comment,
        int approvals,
        int requiredApprovals) implements CareerEvent {

    @Override
    public String subject() {
        return frameworkId;
    }
}
