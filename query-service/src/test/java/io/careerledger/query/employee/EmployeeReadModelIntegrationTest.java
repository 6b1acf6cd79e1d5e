package io.careerledger.query.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceIntegrationTest;
import io.careerledger.query.support.QueryServiceClient.Response;

/** Events arrive on the real topic as the command-service publishes them; the API serves them. */
@QueryServiceIntegrationTest
class EmployeeReadModelIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QueryServiceClient client;

    @Test
    void aRegisteredEmployeeBecomesReadableAndARedeliveryChangesNothing() {
        String employeeId = UUID.randomUUID().toString();
        CloudEvent registered = QueryServiceClient.employeeRegistered(employeeId + "-event", employeeId, "Katherine Johnson");

        client.publish(registered);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(client.get("/api/employees/" + employeeId, client.token("hr-1", "HR")).status()).isEqualTo(200));
        client.publish(registered);
        String marker = UUID.randomUUID().toString();
        client.publish(QueryServiceClient.employeeRegistered(marker + "-event", marker, "Marker"));
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("audit_event", "event_id = ?", marker + "-event") == 1);

        Response employee = client.get("/api/employees/" + employeeId, client.token("hr-1", "HR"));
        assertThat(employee.body()).contains("\"fullName\":\"Katherine Johnson\"", "\"level\":4", "\"hireDate\":\"2022-05-02\"",
                "\"frameworkId\":\"three-track\"",
                "\"stale\":false");
        assertThat(rows("audit_event", "event_id = ?", registered.getId())).isEqualTo(1);
        assertThat(rows("employee_view", "employee_id = ?", employeeId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT actor_id FROM audit_event WHERE event_id = ?", String.class, registered.getId()))
                .isEqualTo("hr-1");
    }

    @Test
    void aRevisionOneRecordFromBeforeFrameworksIsStillRead() {
        String employeeId = UUID.randomUUID().toString();

        client.publish(QueryServiceClient.employeeRegisteredRevisionOne(employeeId + "-event", employeeId, "Early Bird"));

        await().atMost(Duration.ofSeconds(30)).until(() -> rows("employee_view", "employee_id = ?", employeeId) == 1);
        Response employee = client.get("/api/employees/" + employeeId, client.token("hr-1", "HR"));
        assertThat(employee.body()).contains("\"fullName\":\"Early Bird\"");
        assertThat(jdbc.queryForObject("SELECT framework_id FROM employee_view WHERE employee_id = ?", String.class, employeeId))
                .isNull();
    }

    @Test
    void theListIsPaginatedForHr() {
        String employeeId = UUID.randomUUID().toString();
        client.publish(QueryServiceClient.employeeRegistered(employeeId + "-event", employeeId, "Listed"));
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("employee_view", "employee_id = ?", employeeId) == 1);

        Response page = client.get("/api/employees?size=500", client.token("hr-1", "HR"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(employeeId, "\"page\":{\"size\":500");
    }

    @Test
    void hrFindsPeopleByAnyPartOfTheirNameInAnyCase() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String employeeId = UUID.randomUUID().toString();
        client.publish(QueryServiceClient.employeeRegistered(employeeId + "-event", employeeId, "Lise Meitner " + marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("employee_view", "employee_id = ?", employeeId) == 1);

        Response found = client.get("/api/employees?name=" + marker.toUpperCase(), client.token("hr-1", "HR"));
        Response tooLong = client.get("/api/employees?name=" + "x".repeat(201), client.token("hr-1", "HR"));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains(employeeId, "\"totalElements\":1");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void unknownIdsAre404ProblemsAndAccessIsChecked() {
        Response unknown = client.get("/api/employees/nobody", client.token("hr-1", "HR"));
        Response anonymous = client.get("/api/employees", null);
        Response notHr = client.get("/api/employees", client.token("emp-1", "EMPLOYEE"));
        Response someoneElse = client.get("/api/employees/emp-2", client.token("emp-1", "EMPLOYEE"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.body()).contains("/problems/not-found");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).isEqualTo("application/problem+json");
        assertThat(notHr.status()).isEqualTo(403);
        assertThat(someoneElse.status()).isEqualTo(403);
    }

    @Test
    void freshnessAndConsumerLagAreMetrics() {
        String employeeId = UUID.randomUUID().toString();
        client.publish(QueryServiceClient.employeeRegistered(employeeId + "-event", employeeId, "Measured"));
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("employee_view", "employee_id = ?", employeeId) == 1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(client.get("/actuator/prometheus", null).body())
                .contains("careerledger_projection_freshness_seconds_count", "careerledger_projection_freshness_seconds{",
                        "kafka_consumer_fetch_manager_records_lag"));
    }

    private int rows(String table, String where, Object argument) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE " + where, Integer.class, argument);
    }
}
