package io.careerledger.command.eventstore;

import java.util.Map;

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
 * Puts on each command's result the version its aggregate is at once the command's handler returns:
 * the sequence number of the last event this command applied (or the version it found, when it
 * changed nothing). Taken inside the aggregate, so under concurrency it is never another command's
 * version, as a read of the event store after the command could be.
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
                        if (inAnAggregate()) {
                            CurrentUnitOfWork.get().resources()
                                    .put(AggregateVersions.PRODUCED_VERSION, versionOrNone(AggregateLifecycle.getVersion()));
                        }
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
        return GenericCommandResultMessage.asCommandResultMessage(result)
                .andMetaData(Map.of(AggregateVersions.PRODUCED_VERSION, version));
    }

    /** Command handlers of aggregates and of their members run in the aggregate's scope. */
    private static boolean inAnAggregate() {
        try {
            return Scope.describeCurrentScope() instanceof AggregateScopeDescriptor;
        } catch (IllegalStateException noScope) {
            return false;
        }
    }

    private static long versionOrNone(Long version) {
        return version == null ? -1L : version;
    }
}
