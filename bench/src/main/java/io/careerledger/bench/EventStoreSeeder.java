package io.careerledger.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.careerledger.events.EventRevision;

/**
 * Writes the synthetic organisation straight into the command-service's Axon event store in JDBC
 * batches: the rows Axon's {@code JdbcEventStorageEngine} would have written (aggregate type, sequence
 * from 0, ISO-8601 timestamp, payload type and revision, JSON payload and metadata from the same Jackson
 * settings as the command-service's {@code defaultAxonObjectMapper}), plus the reporting lines its
 * subscribing processor keeps. The command-service's publisher then streams them to Kafka from its
 * token, exactly as it does for events stored by commands.
 */
final class EventStoreSeeder {

    static final String AGGREGATE_TYPE = "EmployeeCareer";
    private static final int BATCH = 1_000;
    private static final String INSERT_EVENT = """
            INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                            payload_type, payload_revision, payload, meta_data)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_REPORTING_LINE = """
            INSERT INTO reporting_line (employee_id, manager_id, framework_id) VALUES (?, ?, ?)
            ON CONFLICT (employee_id) DO NOTHING""";

    /** Same settings as the command-service's event serializer: ISO dates, absent values left out. */
    static final ObjectMapper AXON_JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    record Seeded(long events, Duration took) {
        double eventsPerSecond() {
            return events / Math.max(0.001, took.toMillis() / 1000.0);
        }
    }

    private final String jdbcUrl;

    EventStoreSeeder(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    Seeded seed(SyntheticOrganisation organisation) throws SQLException {
        return seed(organisation, 0, organisation.employees());
    }

    /** Seeds people {@code from} (inclusive) to {@code to} (exclusive): a run grows its organisation in steps. */
    Seeded seed(SyntheticOrganisation organisation, int from, int to) throws SQLException {
        Instant start = Instant.now();
        long[] count = {0};
        try (Connection connection = DriverManager.getConnection(jdbcUrl + "?reWriteBatchedInserts=true", "postgres", "postgres")) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
                organisation.forEachEvent(from, to, event -> {
                    try {
                        bind(insert, event);
                        insert.addBatch();
                        if (++count[0] % BATCH == 0) {
                            insert.executeBatch();
                            connection.commit();
                        }
                    } catch (SQLException | JsonProcessingException e) {
                        throw new IllegalStateException("Seeding stopped at event " + count[0], e);
                    }
                });
                insert.executeBatch();
            }
            insertReportingLines(connection, from, to);
            connection.commit();
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE domain_event_entry");
            }
        }
        return new Seeded(count[0], Duration.between(start, Instant.now()));
    }

    private static void bind(PreparedStatement insert, SeededEvent event) throws SQLException, JsonProcessingException {
        Class<?> type = event.payload().getClass();
        insert.setString(1, event.eventId());
        insert.setString(2, event.aggregateId());
        insert.setLong(3, event.sequence());
        insert.setString(4, AGGREGATE_TYPE);
        insert.setString(5, event.timestamp().toString());
        insert.setString(6, type.getName());
        insert.setString(7, String.valueOf(type.getAnnotation(EventRevision.class).value()));
        insert.setBytes(8, AXON_JSON.writeValueAsBytes(event.payload()));
        insert.setBytes(9, AXON_JSON.writeValueAsBytes(event.metaData()));
    }

    private static void insertReportingLines(Connection connection, int from, int to) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_REPORTING_LINE)) {
            for (int index = from; index < to; index++) {
                insert.setString(1, SyntheticOrganisation.employeeId(index));
                insert.setString(2, SyntheticOrganisation.managerId(index));
                insert.setString(3, SyntheticOrganisation.FRAMEWORK);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
