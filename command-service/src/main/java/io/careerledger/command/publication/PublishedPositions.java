package io.careerledger.command.publication;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Per partition of the topic, the highest event-store position already on it, so that the publisher
 * sends each event once: after a replica was killed or a batch failed half-way, the next owner of the
 * token re-reads events the broker already has. The single publisher segment sends in global order
 * and the idempotent producer keeps that order per partition, so a partition's last record holds its
 * highest position, and an event at or below it is already there.
 * Read from the partitions' tails when first needed and again after every failed batch ({@link #forget()}):
 * only then can the topic hold more than this replica knows it sent.
 */
@Component
class PublishedPositions {

    static final String HEADER = "ce_" + CloudEventFactory.EVENT_POSITION;
    private static final long NONE = -1;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Supplier<long[]> topicTail;
    /** Indexed by partition; {@code null} until read from the topic. */
    private long[] highest;

    @Autowired
    PublishedPositions(KafkaProperties kafka, PublicationProperties publication) {
        this(() -> readTail(kafka.buildConsumerProperties(), publication.topic()));
    }

    PublishedPositions(Supplier<long[]> topicTail) {
        this.topicTail = topicTail;
    }

    /**
     * The partition to send the event at {@code position} to — the one Kafka's default partitioner picks
     * for its key, named explicitly so that it is the one checked here — or empty when it is already there.
     */
    synchronized OptionalInt partitionToSend(String key, long position) {
        if (highest == null) {
            highest = topicTail.get();
        }
        int partition = BuiltInPartitioner.partitionForKey(key.getBytes(UTF_8), highest.length);
        if (highest[partition] >= position) {
            return OptionalInt.empty();
        }
        highest[partition] = position;
        return OptionalInt.of(partition);
    }

    /** A batch failed: some of its records may be on the topic, some not; the tails tell which. */
    synchronized void forget() {
        highest = null;
    }

    /** The position in the last record of each partition; {@link #NONE} for an empty one or a record without it. */
    private static long[] readTail(Map<String, Object> config, String topic) {
        Map<String, Object> tailReader = new HashMap<>(config);
        tailReader.remove(ConsumerConfig.GROUP_ID_CONFIG);
        tailReader.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(tailReader, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " has no partitions yet");
            }
            long[] highest = new long[partitions.size()];
            Arrays.fill(highest, NONE);
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            Map<TopicPartition, Long> lastOffsets = new HashMap<>();
            for (TopicPartition partition : partitions) {
                long end = consumer.position(partition, TIMEOUT);
                if (end > 0) {
                    consumer.seek(partition, end - 1);
                    lastOffsets.put(partition, end - 1);
                }
            }
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (!lastOffsets.isEmpty()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read the last records of " + lastOffsets.keySet());
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (lastOffsets.remove(partition, record.offset())) {
                        Header position = record.headers().lastHeader(HEADER);
                        if (position != null) {
                            highest[record.partition()] = Long.parseLong(new String(position.value(), UTF_8));
                        }
                    }
                }
            }
            return highest;
        }
    }
}
