package io.careerledger.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.careerledger.bench.floor.EventTable;

/**
 * The machine's raw limit the command throughput is compared with: single-row INSERT transactions
 * (autocommit, one fsync each) of an event-sized row into a table shaped like the event store's,
 * on the same PostgreSQL, from 8 connections.
 */
final class RawInsert {

    private static final String TABLE = EventTable.create("bench_raw_insert");
    private static final String INSERT = """
            INSERT INTO bench_raw_insert (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                          payload_type, payload_revision, payload, meta_data)
            VALUES (?, ?, ?, 'EmployeeCareer', ?, 'io.careerledger.events.CompetencyAssessed', '1', ?, ?)""";

    private final String jdbcUrl;
    private final byte[] payload;
    private final byte[] metaData;

    /** {@code payload} and {@code metaData}: a typical stored event's, so the row is event-sized. */
    RawInsert(String jdbcUrl, byte[] payload, byte[] metaData) {
        this.jdbcUrl = jdbcUrl;
        this.payload = payload;
        this.metaData = metaData;
    }

    double transactionsPerSecond(int connections, Duration warmUp, Duration measure) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(TABLE);
        }
        AtomicLong committed = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<?>> writers = new ArrayList<>();
        for (int writer = 0; writer < connections; writer++) {
            writers.add(pool.submit(() -> insertWhile(running, committed)));
        }
        TimeUnit.MILLISECONDS.sleep(warmUp.toMillis());
        long before = committed.get();
        long from = System.nanoTime();
        TimeUnit.MILLISECONDS.sleep(measure.toMillis());
        double perSecond = (committed.get() - before) / ((System.nanoTime() - from) / 1e9);
        running.set(false);
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE bench_raw_insert");
        }
        return perSecond;
    }

    private Void insertWhile(AtomicBoolean running, AtomicLong committed) throws SQLException {
        String aggregate = UUID.randomUUID().toString();
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (long sequence = 0; running.get(); sequence++) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, aggregate);
                insert.setLong(3, sequence);
                insert.setString(4, java.time.Instant.now().toString());
                insert.setBytes(5, payload);
                insert.setBytes(6, metaData);
                insert.executeUpdate();
                committed.incrementAndGet();
            }
        }
        return null;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }
}
