package io.careerledger.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** The topic from outside: how far it is filled, how far a group has read, how fast a plain consumer reads it. */
final class TopicReading {

    static final String TOPIC = "career.events.v1";

    private final String bootstrapServers;
    private final String topic;

    TopicReading(String bootstrapServers, String topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    /** Sum of the partitions' end offsets (records, plus transaction markers if any). */
    long endOffsets() throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            return ends(admin).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Records the consumer group has yet to read. */
    long lag(String groupId) throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            Map<TopicPartition, Long> ends = ends(admin);
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
            return ends.entrySet().stream().mapToLong(end -> {
                OffsetAndMetadata at = committed.get(end.getKey());
                return end.getValue() - (at == null ? 0 : at.offset());
            }).sum();
        }
    }

    /** Reads the whole topic from the beginning with a plain KafkaConsumer; events per second. */
    double rawConsumeRate() throws ExecutionException, InterruptedException {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<TopicPartition, Long> ends;
        try (Admin admin = admin()) {
            ends = ends(admin);
        }
        long read = 0;
        long start = System.nanoTime();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
            consumer.assign(List.copyOf(ends.keySet()));
            consumer.seekToBeginning(ends.keySet());
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                read += records.count();
            }
        }
        return read / ((System.nanoTime() - start) / 1e9);
    }

    private Map<TopicPartition, Long> ends(Admin admin) throws ExecutionException, InterruptedException {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                .partitions().stream().map(partition -> new TopicPartition(topic, partition.partition())).toList();
        Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
        partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    private Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", bootstrapServers));
    }
}
