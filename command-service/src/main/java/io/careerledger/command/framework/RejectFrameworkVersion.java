package io.careerledger.command.framework;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

record RejectFrameworkVersion(@TargetAggregateIdentifier String frameworkId, int version, List<String> reasons) {
}
