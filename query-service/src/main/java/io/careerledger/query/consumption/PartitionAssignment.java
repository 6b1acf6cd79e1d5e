package io.careerledger.query.consumption;

import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.stereotype.Component;

/**
 * {@code partitionAssignment}, part of readiness: a replica is ready once its consumer has joined the
 * group and been given its share of the partitions — or been told it gets none (more replicas than
 * partitions) — not merely once the web server is up, so a restarted replica isn't counted on
 * before it consumes. Lists the partitions it holds.
 */
@Component("partitionAssignment")
class PartitionAssignment implements ConsumerAwareRebalanceListener, HealthIndicator {

    private final Set<TopicPartition> held = ConcurrentHashMap.newKeySet();
    private volatile boolean joined;

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        // called after every rebalance, with no partitions too: the group has answered
        held.addAll(partitions);
        joined = true;
    }

    @Override
    public void onPartitionsRevokedAfterCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        held.removeAll(partitions);
    }

    /** The group has dropped this consumer (its session expired): not ready until it has rejoined and been assigned again. */
    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        joined = false;
        held.removeAll(partitions);
    }

    @Override
    public Health health() {
        if (!joined) {
            return Health.outOfService().withDetail("reason", "the consumer has not been assigned its partitions yet").build();
        }
        return Health.up().withDetail("partitions", held.stream()
                .sorted(Comparator.comparing(TopicPartition::topic).thenComparing(TopicPartition::partition))
                .map(TopicPartition::toString).toList()).build();
    }
}
