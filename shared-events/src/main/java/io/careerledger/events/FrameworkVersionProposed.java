package io.careerledger.events;

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
        String frameworkId,
        int version,
        FrameworkDefinition definition,
        String rationale,
        String proposedBy,
        int requiredApprovals) implements CareerEvent {

    @Override
    public String subject() {
        return frameworkId;
    }
}
