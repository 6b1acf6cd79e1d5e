package io.careerledger.query.consumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceIntegrationTest;

/** Readiness waits for the consumer's partitions; the only replica holds them all. */
@QueryServiceIntegrationTest
class PartitionAssignmentIntegrationTest {

    @Autowired
    QueryServiceClient client;

    @Autowired
    PartitionAssignment assignment;

    @Test
    void readinessIncludesTheConsumersAssignmentAndTheOnlyReplicaHoldsEveryPartition() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            QueryServiceClient.Response readiness = client.get("/actuator/health/readiness", null);
            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.json().path("components").path("partitionAssignment").path("status").asString()).isEqualTo("UP");
        });
        QueryServiceClient.Response health = client.get("/actuator/health/readiness", client.token("hr-1", "HR"));
        assertThat(health.json().path("components").path("partitionAssignment").path("details").path("partitions").valueStream()
                .map(partition -> partition.asString()).toList())
                .containsExactlyElementsOf(IntStream.range(0, 6).mapToObj(p -> QueryServiceClient.TOPIC + "-" + p).toList());
    }

    @Test
    void beforeTheGroupHasAnsweredTheReplicaIsNotReady() {
        assertThat(new PartitionAssignment().health().getStatus().getCode()).isEqualTo("OUT_OF_SERVICE");
        assertThat(assignment.health().getStatus().getCode()).isEqualTo("UP");
    }
}
