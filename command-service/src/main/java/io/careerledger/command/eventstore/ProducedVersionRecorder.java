package io.careerledger.command.eventstore;

import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.Scope;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts on each command's result the aggregate it ran on and the version that aggregate is at once the
 * command's handler returns: the sequence number of the last event this command applied (or the version
 * it found, when it changed nothing). Taken inside the aggregate, so under concurrency it is never another
 * command's version, as a read of the event store after the command could be.
 */
@Configuration(proxyBeanMethods = false)
class ProducedVersionRecorder {

    /** Records the version in the command's unit of work while the aggregate is still in scope. */
    @Bean
    HandlerEnhancerDefinition producedVersionRecording() {
        return new HandlerEnhancerDefinition() {
            @Override
            public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
                if (!original.canHandleMessageType(CommandMessage.class)) {
                    return original;
                }
                return new WrappedMessageHandlingMember<>(original) {
                    @Override
                    public Object handle(Message<?> message, T target) throws Exception {
                        Object result = super.handle(message, target);
                        currentAggregate().ifPresent(aggregate -> {
                            Map<String, Object> resources = CurrentUnitOfWork.get().resources();
                            resources.put(AggregateVersions.PRODUCED_VERSION, versionOrNone(AggregateLifecycle.getVersion()));
                            resources.put(AggregateVersions.PRODUCED_AGGREGATE, aggregate.getIdentifier().toString());
                        });
                        return result;
                    }
                };
            }
        };
    }

    /** Hands the recorded version back with the command's result, as result metadata. */
    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> producedVersionReporting(CommandBus commandBus) {
        MessageHandlerInterceptor<CommandMessage<?>> reporting = ProducedVersionRecorder::withProducedVersion;
        commandBus.registerHandlerInterceptor(reporting);
        return reporting;
    }

    private static Object withProducedVersion(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        Object result = chain.proceed();
        Long version = unitOfWork.getResource(AggregateVersions.PRODUCED_VERSION);
        if (version == null) {
            return result;
        }
        String aggregate = unitOfWork.getResource(AggregateVersions.PRODUCED_AGGREGATE);
        return GenericCommandResultMessage.asCommandResultMessage(result)
                .andMetaData(Map.of(AggregateVersions.PRODUCED_VERSION, version, AggregateVersions.PRODUCED_AGGREGATE, aggregate));
    }

    /** Command handlers of aggregates and of their members run in the aggregate's scope. */
    private static Optional<AggregateScopeDescriptor> currentAggregate() {
        try {
            return Scope.describeCurrentScope() instanceof AggregateScopeDescriptor aggregate ? Optional.of(aggregate) : Optional.empty();
        } catch (IllegalStateException noScope) {
            return Optional.empty();
        }
    }

    private static long versionOrNone(Long version) {
        return version == null ? -1L : version;
    }
}
