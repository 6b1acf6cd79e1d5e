package io.careerledger.query.consumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceIntegrationTest;
import io.careerledger.query.support.QueryServiceClient.Response;

/**
 * An event that keeps failing is parked with its error, the employee's view is flagged stale and
 * health says so; once the cause is fixed, HR re-drives it. Runs on its own database and consumer
 * group so the failing projection stays in this test.
 */
@QueryServiceIntegrationTest
@TestPropertySource(properties = {
        "spring.application.name=query-service-parking",
        "spring.kafka.consumer.group-id=query-service-parking",
        "careerledger.consumption.retry-max-elapsed=1s"})
class ParkedEventsIntegrationTest {

    /** Subjects whose events the projection below can't apply yet: a bug, until the test "fixes" it. */
    static final Set<String> BROKEN_FOR = ConcurrentHashMap.newKeySet();

    @TestConfiguration
    static class FailingProjection {
        @Bean
        Projection failsForBrokenSubjects() {
            return handlers -> handlers.onEvery(envelope -> {
                if (BROKEN_FOR.contains(envelope.subject())) {
                    throw new IllegalStateException("projection bug for " + envelope.subject());
                }
            });
        }
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConsumptionHealth health;

    @Autowired
    QueryServiceClient client;
    private String hr;

    @BeforeEach
    void setUp() {
        hr = client.token("hr-1", "HR");
    }

    @Test
    void aFailingEventIsParkedFlaggedAndReDrivenOnceFixed() {
        String employeeId = UUID.randomUUID().toString();
        client.publish(QueryServiceClient.employeeRegistered(employeeId + "-1", employeeId, "First Name"));
        await().atMost(Duration.ofSeconds(30)).until(() -> client.get("/api/employees/" + employeeId, hr).status() == 200);

        BROKEN_FOR.add(employeeId);
        client.publish(QueryServiceClient.employeeRegistered(employeeId + "-2", employeeId, "Corrected Name"));
        await().atMost(Duration.ofSeconds(30)).until(() -> parked(employeeId + "-2"));

        Response parkedList = client.get("/api/admin/parked-events", hr);
        assertThat(parkedList.status()).isEqualTo(200);
        assertThat(parkedList.body()).contains(employeeId + "-2", "projection bug for " + employeeId);
        assertThat(client.get("/api/employees/" + employeeId, hr).body()).contains("\"fullName\":\"First Name\"", "\"stale\":true");
        assertThat(client.get("/api/employees/" + employeeId + "/dashboard", hr).body()).contains("\"stale\":true");
        assertThat(health.health().getStatus().getCode()).as("parked events don't take the service down").isEqualTo("UP");
        assertThat((Long) health.health().getDetails().get("parkedEvents")).isPositive();

        Response stillBroken = client.post("/api/admin/parked-events/" + employeeId + "-2/redrive", hr);
        assertThat(stillBroken.status()).isEqualTo(409);
        assertThat(stillBroken.contentType()).isEqualTo("application/problem+json");
        assertThat(jdbc.queryForObject("SELECT redrive_attempts FROM parked_event WHERE event_id = ?", Integer.class,
                employeeId + "-2")).isEqualTo(1);

        BROKEN_FOR.remove(employeeId);
        Response redriven = client.post("/api/admin/parked-events/" + employeeId + "-2/redrive", hr);

        assertThat(redriven.status()).isEqualTo(200);
        assertThat(parked(employeeId + "-2")).isFalse();
        assertThat(client.get("/api/employees/" + employeeId, hr).body()).contains("\"fullName\":\"Corrected Name\"", "\"stale\":false");
        assertThat(client.get("/api/employees/" + employeeId + "/dashboard", hr).body()).contains("\"stale\":false");
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
        assertThat(client.post("/api/admin/parked-events/" + employeeId + "-2/redrive", hr).status()).isEqualTo(404);
    }

    @Test
    void aParkedEventLeavesTheServiceReadyAndHealthSaysWhatIsParked() {
        String employeeId = UUID.randomUUID().toString();
        client.publish(QueryServiceClient.employeeRegistered(employeeId + "-1", employeeId, "Readable"));
        client.awaitBody("/api/employees/" + employeeId + "/dashboard", hr, body -> true);
        CloudEvent unprojectable = CloudEventBuilder.v1(QueryServiceClient.employeeRegistered(employeeId + "-2", employeeId, "Unread"))
                .withData("application/json", "{\"employeeId\": [\"no\"], \"hireDate\": 20240101".getBytes(StandardCharsets.UTF_8))
                .build();
        client.publish(unprojectable);
        await().atMost(Duration.ofSeconds(30)).until(() -> parked(employeeId + "-2"));
        try {
            Response readiness = client.get("/actuator/health/readiness", null);
            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
            Response anonymous = client.get("/actuator/health", null);
            assertThat(anonymous.status()).isEqualTo(200);
            assertThat(anonymous.json().path("components").path("consumption").path("status").asString()).isEqualTo("UP");

            Response health = client.get("/actuator/health", hr);
            assertThat(health.status()).isEqualTo(200);
            JsonNode consumption = health.json().path("components").path("consumption");
            assertThat(consumption.path("status").asString()).isEqualTo("UP");
            assertThat(consumption.path("details").path("parkedEvents").asLong())
                    .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM parked_event", Long.class)).isPositive();
            JsonNode oldest = consumption.path("details").path("oldest");
            assertThat(oldest.path("eventId").asString()).isEqualTo(jdbc.queryForObject(
                    "SELECT event_id FROM parked_event ORDER BY parked_at LIMIT 1", String.class));
            assertThat(oldest.path("parkedAt").asString()).isNotBlank();
            assertThat(oldest.path("error").asString()).isNotBlank();

            Response dashboard = client.get("/api/employees/" + employeeId + "/dashboard", hr);
            assertThat(dashboard.status()).as("dashboards keep answering").isEqualTo(200);
            assertThat(dashboard.json().path("stale").asBoolean()).isTrue();
        } finally {
            // it can never be applied: out of the way of the other tests' counts
            jdbc.update("DELETE FROM parked_event WHERE event_id = ?", employeeId + "-2");
        }
    }

    @Test
    void aFailingEventInABatchIsParkedAloneAndTheOthersAreApplied() {
        String before = UUID.randomUUID().toString();
        String broken = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        BROKEN_FOR.add(broken);
        try {
            client.publishAll(before, List.of(
                    QueryServiceClient.employeeRegistered(before + "-1", before, "Before"),
                    QueryServiceClient.employeeRegistered(broken + "-1", broken, "Broken"),
                    QueryServiceClient.employeeRegistered(after + "-1", after, "After")));

            await().atMost(Duration.ofSeconds(30)).until(() -> parked(broken + "-1") && applied(after + "-1"));
            assertThat(applied(before + "-1")).isTrue();
            assertThat(applied(broken + "-1")).isFalse();
            assertThat(parked(before + "-1") || parked(after + "-1")).isFalse();
            assertThat(client.get("/api/employees/" + after, hr).body()).contains("\"fullName\":\"After\"", "\"stale\":false");
        } finally {
            BROKEN_FOR.remove(broken);
        }
        // leaves nothing parked for the other tests' health checks
        assertThat(client.post("/api/admin/parked-events/" + broken + "-1/redrive", hr).status()).isEqualTo(200);
    }

    @Test
    void onlyHrAndAdminsSeeOrReDriveParkedEvents() {
        String manager = client.token("mgr-1", "MANAGER");

        assertThat(client.get("/api/admin/parked-events", manager).status()).isEqualTo(403);
        assertThat(client.post("/api/admin/parked-events/any/redrive", manager).status()).isEqualTo(403);
        assertThat(client.get("/api/admin/parked-events", client.token("admin-1", "ADMIN")).status()).isEqualTo(200);
        assertThat(client.get("/api/admin/parked-events", null).status()).isEqualTo(401);
    }

    private boolean applied(String eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE event_id = ?", Integer.class, eventId) == 1;
    }

    private boolean parked(String eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM parked_event WHERE event_id = ?", Integer.class, eventId) == 1;
    }
}
