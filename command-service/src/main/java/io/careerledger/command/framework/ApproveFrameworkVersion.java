package io.careerledger.command.framework;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

record ApproveFrameworkVersion(@TargetAggregateIdentifier String frameworkId, int version, String comment) {
}
