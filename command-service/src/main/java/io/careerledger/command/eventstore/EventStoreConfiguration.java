package io.careerledger.command.eventstore;

import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.PlatformTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.careerledger.command.personaldata.PersonalDataModule;
import io.careerledger.command.personaldata.ReasonEncryption;
import io.careerledger.command.security.ActorMetadata;

/**
 * Axon's JDBC storage on PostgreSQL with the snake_case tables of the Flyway migration
 * {@code db/command/V1__event_store.sql}, events and metadata as readable JSON.
 *
 * <p>The storage beans are declared here rather than left to Axon's {@code JdbcAutoConfiguration}:
 * Axon 4.13 orders that (and its Spring transaction manager) after Spring Boot 3's DataSource
 * auto-configuration, which Boot 4 moved, so on Boot 4 they see no DataSource and silently back off
 * (no event store, a no-op transaction manager).
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /**
     * Each streaming reader reads the database on its own. With Axon's shared read-ahead cache, a reader
     * far behind (the Kafka publisher after a bulk load) pins every event fetched for the faster ones:
     * a backlog of a million events filled the service's 512 MiB heap.
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                  ReasonEncryption reasonEncryption) {
        EmbeddedEventStore store = EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .optimizeEventConsumption(false)
                .build();
        store.registerDispatchInterceptor(reasonEncryption);
        return store;
    }

    /** What the streaming processors read (named by their {@code source} property): the event store, woken on commit. */
    @Bean
    WakingEventSource wakingEventSource(EventStore eventStore, EventsAppended appended) {
        return new WakingEventSource(eventStore, appended);
    }

    /**
     * PostgreSQL's unique-violation state (23505) on an append is a concurrent writer's event at the same
     * sequence, which Axon then reports as a {@link org.axonframework.modelling.command.ConcurrencyException}
     * (see {@link AppendConflictRetry}). Axon's default {@code JdbcSQLErrorCodesResolver} does not know the
     * PostgreSQL driver's exceptions and reported a generic storage failure.
     */
    static final String UNIQUE_VIOLATION = "23505";

    /**
     * Rows per query, for a streaming reader and for an aggregate's history alike: a publisher catching up
     * on an import read 100 events a query (Axon's default), as did a 10,000-event career's first load.
     */
    private static final int READ_BATCH = 1_000;

    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier("defaultAxonObjectMapper") ObjectMapper objectMapper,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema,
                                          org.axonframework.config.Configuration configuration) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(snapshotSerializer(objectMapper))
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(new SQLStateResolver(UNIQUE_VIOLATION))
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .batchSize(READ_BATCH)
                .build();
    }

    /**
     * Snapshots hold an aggregate's private state: fields, not getters. The aggregates' state is made
     * of the contract's records and plain collections, so the JSON stays readable with {@code psql}.
     * Not a bean: a second {@link Serializer} bean would replace Axon's general one.
     */
    private static Serializer snapshotSerializer(ObjectMapper objectMapper) {
        return JacksonSerializer.builder()
                .objectMapper(objectMapper.copy()
                        .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                        .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
                .build();
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(tokenSchema)
                .contentType(byte[].class)
                .build();
    }

    @Bean
    JdbcSagaStore sagaStore(ConnectionProvider connectionProvider, Serializer serializer, SagaSqlSchema sagaSqlSchema) {
        return JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .sqlSchema(sagaSqlSchema)
                .build();
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .associationValueEntryTable("association_value_entry")
                .sagaIdColumn("saga_id")
                .sagaTypeColumn("saga_type")
                .revisionColumn("revision")
                .serializedSagaColumn("serialized_saga")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .build());
    }

    /**
     * Dates as ISO-8601 strings and absent values left out rather than written as {@code null}, so
     * stored and published payloads match the published JSON Schemas (optional = may be missing);
     * personal fields encrypted ({@link PersonalDataModule}).
     */
    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper(PersonalDataModule personalData) {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(personalData)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** Correlation id and trace id of every message: the first command's id travels down the chain. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** The message that caused an event (its command, or the event that drove a saga's command). */
    @Bean
    CorrelationDataProvider causationProvider() {
        return message -> Map.of(ActorMetadata.CAUSATION_ID, message.getIdentifier());
    }

    /** Copies who / why / where from each command onto the events it causes. */
    @Bean
    CorrelationDataProvider actorMetadataProvider() {
        return new SimpleCorrelationDataProvider(ActorMetadata.PROPAGATED_KEYS);
    }
}
