package io.careerledger.command.publication;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * The event-store positions already on the topic, so that the publisher sends each event once: after a
 * replica was killed or a batch failed half-way, the next owner of the token re-reads events the broker
 * already has. Those are at most the failed batch, at the tail of their partitions; the last two
 * processor batches' worth of records of each partition are read, and an event is skipped when its
 * position is among them. Not a high-water mark: positions are handed out before commit, so a transaction
 * that commits later than a newer one (a gap the token tracks) is published after an event with a higher
 * position, and must still be sent.
 * Read from the partitions' tails when first needed and again after every failed batch ({@link #forget()}):
 * only then can the topic hold an event this replica's token has not passed.
 */
@Component
class PublishedPositions {

    static final String HEADER = "ce_" + CloudEventFactory.EVENT_POSITION;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Supplier<Tail> topicTail;
    /** {@code null} until read from the topic. */
    private Tail tail;

    /** The topic's partition count and the positions in the last records of its partitions. */
    record Tail(int partitions, Set<Long> positions) {
    }

    /** @param batchSize the publisher's: a failed batch's records are all within two batches' worth of a partition's tail */
    @Autowired
    PublishedPositions(KafkaProperties kafka, PublicationProperties publication,
                       @Value("${axon.eventhandling.processors." + KafkaEventPublisher.PROCESSING_GROUP + ".batch-size}") int batchSize) {
        this(() -> readTail(kafka.buildConsumerProperties(), publication.topic(), 2 * batchSize));
    }

    PublishedPositions(Supplier<Tail> topicTail) {
        this.topicTail = topicTail;
    }

    /**
     * The partition to send the event at {@code position} to — the one Kafka's default partitioner picks
     * for its key, named explicitly so that it is the one checked here — or empty when it is already there.
     */
    synchronized OptionalInt partitionToSend(String key, long position) {
        if (tail == null) {
            tail = topicTail.get();
        }
        if (tail.positions().contains(position)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(BuiltInPartitioner.partitionForKey(key.getBytes(UTF_8), tail.partitions()));
    }

    /** A batch failed: some of its records may be on the topic, some not; the tails tell which. */
    synchronized void forget() {
        tail = null;
    }

    private static Tail readTail(Map<String, Object> config, String topic, int tailRecords) {
        Map<String, Object> tailReader = new HashMap<>(config);
        tailReader.remove(ConsumerConfig.GROUP_ID_CONFIG);
        tailReader.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        tailReader.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, tailRecords);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(tailReader, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " has no partitions yet");
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>();
            for (TopicPartition partition : partitions) {
                long end = consumer.position(partition, TIMEOUT);
                if (end > 0) {
                    consumer.seek(partition, Math.max(0, end - tailRecords));
                    ends.put(partition, end);
                } else {
                    consumer.pause(List.of(partition));
                }
            }
            Set<Long> positions = new HashSet<>();
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (!ends.isEmpty()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read the last records of " + ends.keySet());
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Header position = record.headers().lastHeader(HEADER);
                    if (position != null) {
                        positions.add(Long.parseLong(new String(position.value(), UTF_8)));
                    }
                }
                ends.entrySet().removeIf(end -> {
                    boolean read = consumer.position(end.getKey(), TIMEOUT) >= end.getValue();
                    if (read) {
                        consumer.pause(List.of(end.getKey()));
                    }
                    return read;
                });
            }
            return new Tail(partitions.size(), positions);
        }
    }
}
