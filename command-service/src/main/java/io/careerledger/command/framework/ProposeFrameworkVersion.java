package io.careerledger.command.framework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.careerledger.events.FrameworkDefinition;

/** @param requiredApprovals the council quorum configured when it is proposed */
record ProposeFrameworkVersion(
        @TargetAggregateIdentifier String frameworkId,
        FrameworkDefinition definition,
        String rationale,
        int requiredApprovals) {
}
