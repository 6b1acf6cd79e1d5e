package io.careerledger.command.eventstore;

import java.util.Objects;
import java.util.Optional;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.careerledger.command.problem.RuleViolation;

/**
 * Ids share one namespace in the event store: an aggregate's events are found by its id alone, whatever
 * its type. Axon would load a conversation's events into an employee's career (none of its handlers
 * match, so it looks empty) and append to them. So before an aggregate's command handler runs, the
 * type of the events already stored under the command's id must be that aggregate's own; otherwise the
 * command is refused with {@link #ID_IN_USE} and nothing is written.
 */
@Component
class OneIdOneRecord implements HandlerEnhancerDefinition {

    static final String ID_IN_USE = "id-in-use";

    private static final String CHECKED = OneIdOneRecord.class.getName();

    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();
    private final JdbcTemplate jdbc;
    private final String ownerQuery;

    OneIdOneRecord(JdbcTemplate jdbc, EventSchema schema) {
        this.jdbc = jdbc;
        this.ownerQuery = "SELECT " + schema.typeColumn() + " FROM " + schema.domainEventTable()
                + " WHERE " + schema.aggregateIdentifierColumn() + " = ? ORDER BY " + schema.sequenceNumberColumn() + " LIMIT 1";
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(CommandMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                AggregateScopes.current().ifPresent(scope -> requireOwnedBy(scope.getType(), (CommandMessage<?>) message));
                return super.handle(message, target);
            }
        };
    }

    private void requireOwnedBy(String aggregateType, CommandMessage<?> command) {
        // an aggregate member's handler runs inside its root's: check once per command
        if (CurrentUnitOfWork.get().resources().putIfAbsent(CHECKED, Boolean.TRUE) != null) {
            return;
        }
        String id = targets.resolveTarget(command).getIdentifier();
        storedType(id).filter(stored -> !Objects.equals(stored, aggregateType)).ifPresent(stored -> {
            throw RuleViolation.conflict(ID_IN_USE, "The id " + id + " is already used by a record of another kind ("
                    + stored + "); a new record needs an id of its own.");
        });
    }

    private Optional<String> storedType(String aggregateId) {
        return jdbc.queryForList(ownerQuery, String.class, aggregateId).stream().findFirst();
    }
}
