package io.careerledger.query.consumption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** When a replica counts as ready, by what the consumer group has told it. */
class PartitionAssignmentTest {

    private static final TopicPartition FIRST = new TopicPartition("career.events.v1", 0);
    private static final TopicPartition SECOND = new TopicPartition("career.events.v1", 1);

    private final PartitionAssignment assignment = new PartitionAssignment();

    @Test
    void anEmptyAssignmentIsAnAnswerTooTheReplicaKnowsItHasNoneAndIsReady() {
        assignment.onPartitionsAssigned(null, List.of());

        assertThat(status()).isEqualTo("UP");
        assertThat((List<?>) assignment.health().getDetails().get("partitions")).isEmpty();
    }

    @Test
    void losingItsPartitionsMakesTheReplicaNotReadyUntilItIsAssignedAgain() {
        assignment.onPartitionsAssigned(null, List.of(FIRST, SECOND));
        assertThat(status()).isEqualTo("UP");

        assignment.onPartitionsLost(null, List.of(FIRST, SECOND));
        assertThat(status()).isEqualTo("OUT_OF_SERVICE");

        assignment.onPartitionsAssigned(null, List.of(SECOND));
        assertThat(status()).isEqualTo("UP");
        assertThat(assignment.health().getDetails().get("partitions")).isEqualTo(List.of(SECOND.toString()));
    }

    @Test
    void aRevocationInARebalanceKeepsTheReplicaReady() {
        assignment.onPartitionsAssigned(null, List.of(FIRST, SECOND));

        assignment.onPartitionsRevokedAfterCommit(null, List.of(FIRST));

        assertThat(status()).isEqualTo("UP");
        assertThat(assignment.health().getDetails().get("partitions")).isEqualTo(List.of(SECOND.toString()));
    }

    private String status() {
        return assignment.health().getStatus().getCode();
    }
}
