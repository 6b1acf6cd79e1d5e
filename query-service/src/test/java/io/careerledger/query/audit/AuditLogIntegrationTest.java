package io.careerledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceIntegrationTest;
import io.careerledger.query.support.QueryServiceClient.Response;

@QueryServiceIntegrationTest
class AuditLogIntegrationTest {

    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2025, 3, 3, 9, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QueryServiceClient client;
    private String hr;
    private String employee;
    private String actor;

    @BeforeEach
    void threeEventsOfOneEmployeeOverThreeDays() {
        hr = client.token("hr-1", "HR");
        employee = UUID.randomUUID().toString();
        actor = "auditor-" + UUID.randomUUID();
        for (int day = 0; day < 3; day++) {
            client.publish(QueryServiceClient.employeeRegistered(employee + "-" + day, employee, "Day " + day,
                    day == 1 ? "someone-else" : actor, MONDAY.plusDays(day)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE subject = ?", Integer.class, employee) == 3);
    }

    @Test
    void entriesAreFilteredByEmployeeActorAndTimeAndPaginated() {
        Response all = client.get("/api/audit/events?employeeId=" + employee + "&size=2&sort=occurredAt,desc", hr);
        Response byActor = client.get("/api/audit/events?employeeId=" + employee + "&actorId=" + actor, hr);
        Response tuesdayOnward = client.get("/api/audit/events?employeeId=" + employee
                + "&from=2025-03-04T00:00:00Z&to=2025-03-05T00:00:00Z&type=io.careerledger.EmployeeRegistered.v2", hr);

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).contains("\"totalElements\":3", employee + "-2", employee + "-1").doesNotContain(employee + "-0\"");
        assertThat(all.body().indexOf(employee + "-2")).isLessThan(all.body().indexOf(employee + "-1"));
        assertThat(byActor.body()).contains("\"totalElements\":2", "\"reason\": \"joined\"", "\"fullName\": \"Day 0\"");
        assertThat(tuesdayOnward.body()).contains("\"totalElements\":1", employee + "-1");
    }

    @Test
    void theExportStreamsEveryMatchingEntryAsJsonOrCsv() {
        Response json = client.get("/api/audit/events/export?format=json&employeeId=" + employee, hr);
        Response csv = client.get("/api/audit/events/export?format=csv&employeeId=" + employee, hr);

        assertThat(json.status()).isEqualTo(200);
        List<Map<String, Object>> entries = JsonMapper.builder().build().readValue(json.body(),
                new tools.jackson.core.type.TypeReference<List<Map<String, Object>>>() { });
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0)).containsEntry("eventId", employee + "-0").containsKey("metadata");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(List.of(csv.body().split("\r\n"))).hasSize(4)
                .first().isEqualTo("eventId,type,employeeId,occurredAt,aggregateSequence,actorId,metadata,payload,withheld");
        assertThat(csv.body()).contains("\"\"employeeId\"\": \"\"" + employee);
    }

    @Test
    void onlyHrReadsTheAuditLogAndBadFiltersAre400() {
        assertThat(client.get("/api/audit/events", client.token("mgr-1", "MANAGER")).status()).isEqualTo(403);
        assertThat(client.get("/api/audit/events/export", client.token(employee, "EMPLOYEE")).status()).isEqualTo(403);
        assertThat(client.get("/api/audit/events", null).status()).isEqualTo(401);
        Response badTime = client.get("/api/audit/events?from=yesterday", hr);
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.contentType()).isEqualTo("application/problem+json");
        assertThat(client.get("/api/audit/events/export?format=xml", hr).status()).isEqualTo(400);
    }
}
