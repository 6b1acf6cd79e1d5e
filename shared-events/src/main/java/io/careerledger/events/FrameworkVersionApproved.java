package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A council member approved a proposed version.
 *
 * @param approvals         approvals so far, this one included
 * @param requiredApprovals the quorum that publishes the version
 */
@EventRevision(1)
public record FrameworkVersionApproved(
        @NotNull @Size(max = Limits.ID) String frameworkId,
        int version,
        @NotNull @Size(max = Limits.ACTOR) String approvedBy,
        @Size(max = Limits.REASON) String comment,
        int approvals,
        int requiredApprovals) implements CareerEvent {

    @Override
    public String subject() {
        return frameworkId;
    }
}
