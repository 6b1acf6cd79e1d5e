package io.careerledger.query.consumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.events.AssessmentCalibrated;
import io.careerledger.events.AssessorRole;
import io.careerledger.events.CareerEvent;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.events.GoalAbandoned;
import io.careerledger.events.GoalCompleted;
import io.careerledger.events.GoalProgressRecorded;
import io.careerledger.events.GoalSet;
import io.careerledger.events.PersonalDataErased;
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

    @Test
    void severalEventsOnOneRowInOneBatchEndAsWhenAppliedOneByOne() {
        String inOneBatch = UUID.randomUUID().toString();
        String oneByOne = UUID.randomUUID().toString();

        assertThat(ledger.applyAll(historyOf(inOneBatch))).hasSize(13);
        historyOf(oneByOne).forEach(ledger::apply);

        String goals = "SELECT goal_id, title, due_date, percent_complete, status FROM goal_progress WHERE employee_id = ?";
        assertThat(jdbc.queryForList(goals + " ORDER BY goal_id", inOneBatch)).hasSize(3)
                .isEqualTo(jdbc.queryForList(goals + " ORDER BY goal_id", oneByOne));
        String ratings = "SELECT assessor_role, proficiency, calibrated_proficiency FROM competency_assessment WHERE employee_id = ?";
        assertThat(jdbc.queryForList(ratings + " ORDER BY assessment_id", inOneBatch)).hasSize(2)
                .isEqualTo(jdbc.queryForList(ratings + " ORDER BY assessment_id", oneByOne));
        assertThat(rows("audit_event", "subject = ?", inOneBatch)).isEqualTo(13).isEqualTo(rows("audit_event", "subject = ?", oneByOne));
    }

    /** Goals and a rating changed several times, an erasure between them, a goal set after it. */
    private static List<CloudEvent> historyOf(String employeeId) {
        List<CareerEvent> events = List.of(
                new GoalSet(employeeId, "goal-1", "Write the runbook", "Merged", LocalDate.of(2030, 1, 1), null, null, null),
                new GoalProgressRecorded(employeeId, "goal-1", 10, null),
                new GoalSet(employeeId, "goal-2", "Mentor", "Two mentees", null, null, null, null),
                new GoalProgressRecorded(employeeId, "goal-1", 60, null),
                new CompetencyAssessed(employeeId, employeeId + "-1", "craft", AssessorRole.MANAGER, "mgr-1", 2, List.of(), null, null, null,
                        "three-track", 1),
                new GoalProgressRecorded(employeeId, "goal-2", 30, null),
                new GoalCompleted(employeeId, "goal-1", List.of("link")),
                new AssessmentCalibrated(employeeId, employeeId + "-1", "craft", 2, 3, "Calibrated", "council-1"),
                new GoalAbandoned(employeeId, "goal-2", "Reprioritised"),
                new PersonalDataErased(employeeId, "Asked to be forgotten"),
                new GoalSet(employeeId, "goal-3", "After the erasure", "Done", null, null, null, null),
                new CompetencyAssessed(employeeId, employeeId + "-2", "craft", AssessorRole.SELF, employeeId, 4, List.of(), null, null, null,
                        "three-track", 1),
                new GoalProgressRecorded(employeeId, "goal-3", 5, null));
        return events.stream().map(event -> QueryServiceClient.careerEvent(UUID.randomUUID().toString(), event, "mgr-1",
                OffsetDateTime.now())).toList();
    }

    private int rows(String table, String where, Object... arguments) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE " + where, Integer.class, arguments);
    }

    private String fullName(String employeeId) {
        return jdbc.queryForObject("SELECT full_name FROM employee_view WHERE employee_id = ?", String.class, employeeId);
    }
}
