package io.careerledger.command.eventstore;

import java.util.Optional;

import org.axonframework.messaging.Scope;
import org.axonframework.modelling.command.AggregateScopeDescriptor;

/** The aggregate a handler runs in, if it runs in one (command handlers of aggregates and their members). */
final class AggregateScopes {

    private AggregateScopes() {
    }

    static Optional<AggregateScopeDescriptor> current() {
        try {
            return Scope.describeCurrentScope() instanceof AggregateScopeDescriptor aggregate ? Optional.of(aggregate) : Optional.empty();
        } catch (IllegalStateException noScope) {
            return Optional.empty();
        }
    }
}
