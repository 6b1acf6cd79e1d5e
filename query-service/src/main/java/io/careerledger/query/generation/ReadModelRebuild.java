package io.careerledger.query.generation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import javax.sql.DataSource;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Service;

import io.careerledger.query.consumption.BatchApplication;
import io.careerledger.query.consumption.ParkedEvents;

/**
 * Rebuilds every read model from the start of the topic into the next generation while the active
 * one keeps serving, then switches. Events that arrive meanwhile are caught by a final sweep after the
 * switch (the live consumers write to the new generation from the switch on; the dedupe by
 * event id makes the overlap harmless). The previous generation stays until the next rebuild or the
 * next erasure ({@link SupersededGenerations}); a rebuild that fails before switching drops its own.
 */
@Service
public class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(10);

    private final Generations generations;
    private final DataSource dataSource;
    private final Flyway flyway;
    private final KafkaProperties kafka;
    private final BatchApplication batches;
    private final ParkedEvents parkedEvents;
    private final String topic;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(
            runnable -> new Thread(runnable, "read-model-rebuild"));

    private volatile Run current;

    ReadModelRebuild(Generations generations, DataSource dataSource, Flyway flyway, KafkaProperties kafka,
                     BatchApplication batches, ParkedEvents parkedEvents, @Value("${careerledger.consumption.topic}") String topic) {
        this.generations = generations;
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.kafka = kafka;
        this.batches = batches;
        this.parkedEvents = parkedEvents;
        this.topic = topic;
    }

    /** Starts a rebuild; refused while one runs. */
    public synchronized RebuildProgress start() {
        if (current != null && current.finishedAt == null) {
            throw new AlreadyRunning("A rebuild into " + current.generation + " is already running.");
        }
        String target = Generations.next(generations.active());
        dropRetiredGenerations();
        Flyway.configure().configuration(flyway.getConfiguration()).schemas(target).defaultSchema(target).load().migrate();
        Run run = new Run(target);
        current = run;
        runner.submit(() -> rebuild(run));
        return run.progress();
    }

    public java.util.Optional<RebuildProgress> progress() {
        return java.util.Optional.ofNullable(current).map(Run::progress);
    }

    private void rebuild(Run run) {
        log.info("Rebuilding read models into {} from the start of {}", run.generation, topic);
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(consumerProperties())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            run.total.set(distance(beginning, end));
            SecondaryIndexes indexes = setIndexesAside(run.generation);
            GenerationScope.writingTo(run.generation, () -> readUpTo(consumer, end, run));
            build(indexes, run.generation);

            switchTo(run.generation);
            Map<TopicPartition, Long> sinceSwitch = consumer.endOffsets(partitions);
            run.total.addAndGet(distance(end, sinceSwitch));
            GenerationScope.writingTo(run.generation, () -> readUpTo(consumer, sinceSwitch, run));
            run.finish("SWITCHED", null);
            log.info("Read models now served from {}: {}", run.generation, run.progress());
        } catch (RuntimeException e) {
            log.error("Rebuild into {} failed; {} keeps serving", run.generation, generations.active(), e);
            dropUnlessServing(run.generation);
            run.finish("FAILED", e.getMessage());
        }
    }

    /** A partial generation holds personal data that no erasure reaches; if it can't go now, the next rebuild drops it. */
    private void dropUnlessServing(String generation) {
        if (generation.equals(generations.active())) {
            return;
        }
        try {
            dropGenerations(generation::equals);
        } catch (RuntimeException e) {
            log.warn("Could not drop the failed generation {}: {}", generation, e.getMessage());
        }
    }

    private void readUpTo(KafkaConsumer<String, CloudEvent> consumer, Map<TopicPartition, Long> end, Run run) {
        Instant nextLog = Instant.now().plus(LOG_EVERY);
        while (end.entrySet().stream().anyMatch(partition -> consumer.position(partition.getKey()) < partition.getValue())) {
            List<ConsumerRecord<String, CloudEvent>> batch = new ArrayList<>();
            for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    batch.add(record);
                }
            }
            apply(batch);
            run.done.addAndGet(batch.size());
            if (Instant.now().isAfter(nextLog)) {
                log.info("Rebuild progress: {}", run.progress());
                nextLog = Instant.now().plus(LOG_EVERY);
            }
        }
        // later records of the partitions were not applied: leave them for the next read
        end.forEach((partition, offset) -> consumer.seek(partition, Math.min(consumer.position(partition), offset)));
    }

    /** As the live consumer applies them; a record that fails alone is parked at once (a rebuild doesn't retry). */
    private void apply(List<ConsumerRecord<String, CloudEvent>> batch) {
        batches.apply(batch, applied -> { }, (record, failure) ->
                parkedEvents.park(record.value(), record.topic(), record.partition(), record.offset(), failure));
    }

    private SecondaryIndexes setIndexesAside(String generation) {
        try (Connection connection = dataSource.getConnection()) {
            return SecondaryIndexes.dropFrom(connection, generation);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the indexes of " + generation + " aside", e);
        }
    }

    /** Before the switch: the generation serves with every index. */
    private void build(SecondaryIndexes indexes, String generation) {
        log.info("Building the {} indexes of {} set aside", indexes.count(), generation);
        try (Connection connection = dataSource.getConnection()) {
            indexes.create(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not build the indexes of " + generation, e);
        }
    }

    private void switchTo(String generation) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            generations.activate(connection, generation);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not switch to " + generation, e);
        }
    }

    /** Drops generations other than the active one: what the previous rebuild left for comparison. */
    private void dropRetiredGenerations() {
        String active = generations.active();
        dropGenerations(schema -> !schema.equals(active));
    }

    private void dropGenerations(Predicate<String> dropped) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SELECT pg_advisory_xact_lock(" + Generations.DROPPING + ")");
            List<String> retired = new ArrayList<>();
            try (ResultSet schemas = statement.executeQuery(
                    "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'gen\\_%'")) {
                while (schemas.next()) {
                    if (dropped.test(schemas.getString(1))) {
                        retired.add(schemas.getString(1));
                    }
                }
            }
            for (String schema : retired) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop retired generations", e);
        }
    }

    private Map<String, Object> consumerProperties() {
        Map<String, Object> properties = new HashMap<>(kafka.buildConsumerProperties());
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // a poll is a transaction whose writes go out as batches: the larger, the fewer round trips per event
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        return properties;
    }

    private static long distance(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        return to.entrySet().stream().mapToLong(partition -> partition.getValue() - from.getOrDefault(partition.getKey(), 0L)).sum();
    }

    /** Refusal of a second rebuild while one runs. */
    public static final class AlreadyRunning extends RuntimeException {
        AlreadyRunning(String message) {
            super(message);
        }
    }

    private static final class Run {
        final String generation;
        final Instant startedAt = Instant.now();
        final AtomicLong done = new AtomicLong();
        final AtomicLong total = new AtomicLong();
        volatile Instant finishedAt;
        volatile String state = "RUNNING";
        volatile String error;

        Run(String generation) {
            this.generation = generation;
        }

        void finish(String state, String error) {
            this.error = error;
            this.finishedAt = Instant.now();
            this.state = state;
        }

        RebuildProgress progress() {
            Instant until = finishedAt == null ? Instant.now() : finishedAt;
            double seconds = Math.max(0.001, Duration.between(startedAt, until).toMillis() / 1000.0);
            double rate = done.get() / seconds;
            Long eta = finishedAt != null || rate == 0 ? null : Math.round(Math.max(0, total.get() - done.get()) / rate);
            return new RebuildProgress(generation, state, done.get(), total.get(), Math.round(rate * 10) / 10.0, eta,
                    startedAt, finishedAt, error);
        }
    }
}
