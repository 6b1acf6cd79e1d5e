package io.careerledger.events;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new version of a framework was put to the governance council. Carries the whole document, so a
 * consumer never needs to call back.
 *
 * @param version           numbered from 1 per framework
 * @param proposedBy        who proposed it: they may not approve it themselves
 * @param requiredApprovals the council quorum in force when it was proposed
 */
@EventRevision(1)
public record FrameworkVersionProposed(
        @NotNull @Size(max = Limits.ID) String frameworkId,
        int version,
        @NotNull @Valid FrameworkDefinition definition,
        @NotNull @Size(max = Limits.REASON) String rationale,
        @NotNull @Size(max = Limits.ACTOR) String proposedBy,
        int requiredApprovals) implements CareerEvent {

    @Override
    public String subject() {
        return frameworkId;
    }
}
