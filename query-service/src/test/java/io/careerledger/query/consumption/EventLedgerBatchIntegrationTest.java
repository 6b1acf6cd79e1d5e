package io.careerledger.query.consumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceIntegrationTest;

/** A poll's records applied in one transaction keep the one-event guarantees: once per id, all or nothing. */
@QueryServiceIntegrationTest
class EventLedgerBatchIntegrationTest {

    @Autowired
    EventLedger ledger;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEventIdSeenBeforeOrTwiceInTheBatchIsAppliedOnce() {
        String earlier = UUID.randomUUID().toString();
        String repeated = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        CloudEvent earlierEvent = QueryServiceClient.employeeRegistered(earlier + "-1", earlier, "Earlier");
        assertThat(ledger.apply(earlierEvent)).isTrue();

        List<CloudEvent> applied = ledger.applyAll(List.of(
                QueryServiceClient.employeeRegistered(earlier + "-1", earlier, "Earlier Again"),
                QueryServiceClient.employeeRegistered(repeated + "-1", repeated, "First Copy"),
                QueryServiceClient.employeeRegistered(fresh + "-1", fresh, "Fresh"),
                QueryServiceClient.employeeRegistered(repeated + "-1", repeated, "Second Copy")));

        assertThat(applied).extracting(CloudEvent::getId).containsExactly(repeated + "-1", fresh + "-1");
        assertThat(rows("audit_event", "event_id IN (?, ?, ?)", earlier + "-1", repeated + "-1", fresh + "-1")).isEqualTo(3);
        assertThat(fullName(earlier)).isEqualTo("Earlier");
        assertThat(fullName(repeated)).isEqualTo("First Copy");
        assertThat(fullName(fresh)).isEqualTo("Fresh");
    }

    @Test
    void aBatchWithAnEventThatFailsWritesNothing() {
        String employee = UUID.randomUUID().toString();
        CloudEvent unknownType = CloudEventBuilder.v1(QueryServiceClient.employeeRegistered(employee + "-2", employee, "Other"))
                .withType("io.careerledger.NoSuchEvent").build();

        assertThatThrownBy(() -> ledger.applyAll(List.of(
                QueryServiceClient.employeeRegistered(employee + "-1", employee, "Name"), unknownType)))
                .hasMessageContaining("Unknown event type");

        assertThat(rows("audit_event", "event_id = ?", employee + "-1")).isZero();
        assertThat(rows("employee_view", "employee_id = ?", employee)).isZero();
    }

    private int rows(String table, String where, Object... arguments) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE " + where, Integer.class, arguments);
    }

    private String fullName(String employeeId) {
        return jdbc.queryForObject("SELECT full_name FROM employee_view WHERE employee_id = ?", String.class, employeeId);
    }
}
