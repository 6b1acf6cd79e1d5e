package io.careerledger.command.eventstore;

import java.util.Optional;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.careerledger.command.problem.RuleViolation;

/**
 * Ids share one namespace in the event store: a record's events are found by its id alone, whatever
 * its kind. A command addressed to an id that holds another kind's events (a conversation's, sent to an
 * employee's career) makes Axon replay them into the wrong aggregate, none of whose handlers match, and
 * fail with an {@link IncompatibleAggregateException}; here that becomes a refusal,
 * {@link #ID_IN_USE}, naming the kind that owns the id. Nothing is written.
 */
@Component
class OneIdOneRecord implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String ID_IN_USE = "id-in-use";

    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();
    private final JdbcTemplate jdbc;
    private final String ownerQuery;

    OneIdOneRecord(CommandBus commandBus, JdbcTemplate jdbc, EventSchema schema) {
        this.jdbc = jdbc;
        this.ownerQuery = "SELECT " + schema.typeColumn() + " FROM " + schema.domainEventTable()
                + " WHERE " + schema.aggregateIdentifierColumn() + " = ? ORDER BY " + schema.sequenceNumberColumn() + " LIMIT 1";
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (IncompatibleAggregateException wrongKind) {
            String id = targets.resolveTarget(unitOfWork.getMessage()).getIdentifier();
            throw storedType(id).map(owner -> (Exception) RuleViolation.conflict(ID_IN_USE, "The id " + id
                    + " is already used by a record of another kind (" + owner + "); a new record needs an id of its own."))
                    .orElse(wrongKind);
        }
    }

    private Optional<String> storedType(String aggregateId) {
        return jdbc.queryForList(ownerQuery, String.class, aggregateId).stream().findFirst();
    }
}
