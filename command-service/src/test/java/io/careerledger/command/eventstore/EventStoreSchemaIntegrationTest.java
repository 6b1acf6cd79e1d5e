package io.careerledger.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.command.support.CommandServiceIntegrationTest;
import io.careerledger.events.ManagerChanged;

@CommandServiceIntegrationTest
class EventStoreSchemaIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    SagaStore<?> sagaStore;
    @Autowired
    DeadlineManager deadlineManager;

    @Test
    void eventsTokensSagasAndDeadlinesAllLiveInPostgreSQL() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(sagaStore).isInstanceOf(JdbcSagaStore.class);
        assertThat(deadlineManager).isInstanceOf(DbSchedulerDeadlineManager.class);
    }

    /** What a replica that lost the race to append a record's next event sees: a conflict to retry, not a storage failure. */
    @Test
    void anEventAtASequenceAlreadyTakenIsAConcurrencyConflict() {
        String employeeId = UUID.randomUUID().toString();
        storageEngine.appendEvents(managerChanged(employeeId, 0), managerChanged(employeeId, 1));

        assertThatThrownBy(() -> storageEngine.appendEvents(managerChanged(employeeId, 1))).isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> storageEngine.appendEvents(managerChanged(employeeId, 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
    }

    private static GenericDomainEventMessage<ManagerChanged> managerChanged(String employeeId, long sequence) {
        return new GenericDomainEventMessage<>("EmployeeCareer", employeeId, sequence,
                new ManagerChanged(employeeId, null, UUID.randomUUID().toString()));
    }

    @Test
    void payloadsAndMetadataAreByteaNeverLargeObjects() {
        var binaryColumns = jdbc.queryForList("""
                SELECT table_name || '.' || column_name || ':' || data_type FROM information_schema.columns
                WHERE table_schema = 'public' AND column_name IN ('payload', 'meta_data', 'token', 'serialized_saga', 'task_data')
                """, String.class);

        assertThat(binaryColumns).containsExactlyInAnyOrder(
                "domain_event_entry.payload:bytea", "domain_event_entry.meta_data:bytea",
                "snapshot_event_entry.payload:bytea", "snapshot_event_entry.meta_data:bytea",
                "token_entry.token:bytea", "saga_entry.serialized_saga:bytea", "scheduled_tasks.task_data:bytea");
        assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'oid'",
                Integer.class)).isZero();
    }

    @Test
    void thePublisherKeepsItsTokenInTheDatabase() {
        assertThat(jdbc.queryForList("SELECT processor_name FROM token_entry", String.class)).contains("kafka-publisher");
    }
}
