package io.careerledger.query.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import io.careerledger.events.AssessmentCalibrated;
import io.careerledger.events.AssessorRole;
import io.careerledger.events.CareerEvent;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.events.FeedbackStance;
import io.careerledger.events.GoalProgressRecorded;
import io.careerledger.events.GoalSet;
import io.careerledger.events.PromotionFeedbackGiven;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.PromotionWithdrawn;
import io.careerledger.events.ReadinessSnapshot;
import io.careerledger.events.ReviewCycleDeadlinePassed;
import io.careerledger.events.ReviewCycleOpened;
import io.careerledger.events.ReviewPhase;
import io.careerledger.events.ReviewPopulation;
import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceIntegrationTest;

/** A rebuild from the topic while dashboards keep answering; the new generation equals the old one. */
@QueryServiceIntegrationTest
@TestPropertySource(properties = {
        "spring.application.name=query-service-rebuild",
        "spring.kafka.consumer.group-id=query-service-rebuild"})
class RebuildIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Generations generations;

    @Autowired
    QueryServiceClient client;
    private String hr;

    @BeforeEach
    void setUp() {
        hr = client.token("hr-1", "HR");
    }

    @Test
    void rebuildingKeepsDashboardsAnsweringAndEndsEqualToTheLiveGeneration() {
        List<String> before = publishEmployees(40, "Before");
        await().atMost(Duration.ofSeconds(60)).until(() -> before.stream()
                .allMatch(id -> client.get("/api/employees/" + id + "/dashboard", hr).body().contains("\"percentComplete\":30")));
        String caseId = UUID.randomUUID().toString();
        String cycleId = "cycle-" + UUID.randomUUID();
        publishCaseAndCycle(UUID.randomUUID().toString(), caseId, cycleId);
        client.awaitBody("/api/promotion-cases/" + caseId + "/trail", hr, body -> body.path("steps").size() == 3);
        client.awaitBody("/api/review-cycles/" + cycleId, hr, body -> body.path("passedDeadlines").size() == 1);
        String live = generations.active();

        assertThat(client.post("/api/admin/rebuilds", hr).status()).isEqualTo(202);
        assertThat(client.post("/api/admin/rebuilds", hr).status()).isIn(202, 409);
        List<String> during = publishEmployees(5, "During");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
            assertThat(client.get("/api/employees/" + before.get(0), hr).status()).isEqualTo(200);
            return client.get("/api/admin/rebuilds/current", hr).body().contains("\"state\":\"SWITCHED\"");
        });

        String rebuilt = generations.active();
        assertThat(rebuilt).isEqualTo(Generations.next(live));
        await().atMost(Duration.ofSeconds(30)).until(() -> during.stream()
                .allMatch(id -> client.get("/api/employees/" + id, hr).status() == 200));
        assertThat(differences("employee_view", "employee_id, full_name, email, manager_id, framework_id, framework_version, track_id,"
                + " level, level_since, hire_date, registered_at, offboarded_on", live, rebuilt, before)).isZero();
        assertThat(differences("goal_progress", "employee_id, goal_id, title, due_date, percent_complete, status",
                live, rebuilt, before)).isZero();
        assertThat(differences("competency_assessment", "assessment_id, competency_id, employee_id, assessor_role, assessor_id,"
                + " proficiency, calibrated_proficiency, review_cycle_id, framework_id, assessed_at", live, rebuilt, before)).isZero();
        assertThat(differences("audit_event", "event_id, event_type, subject, occurred_at, actor_id, payload::text, metadata::text",
                live, rebuilt, before)).isZero();
        String ofCase = "case_id = '" + caseId + "'";
        String ofCycle = "cycle_id = '" + cycleId + "'";
        assertThat(differences("promotion_case", "case_id, employee_id, framework_version, readiness::text, stances::text, status,"
                + " withdrawal_reason, nominated_at, updated_at", ofCase, live, rebuilt)).isZero();
        assertThat(differences("promotion_step", "step_number, event_id, kind, actor_id, occurred_at, correlation_id, reason,"
                + " framework_version, details::text", ofCase, live, rebuilt)).isZero();
        assertThat(differences("review_cycle", "cycle_id, population::text, phase, closed, passed_deadlines::text, opened_at",
                ofCycle, live, rebuilt)).isZero();
        String ofCycleAssessments = "review_cycle_id = '" + cycleId + "'";
        assertThat(differences("competency_assessment", "assessment_id, employee_id, assessor_role, assessed_at", ofCycleAssessments,
                live, rebuilt)).isZero();
        assertThat(rows("promotion_step", ofCase, rebuilt)).isEqualTo(3);
        assertThat(rows("competency_assessment", ofCycleAssessments, rebuilt)).isEqualTo(1);
        assertThat(client.get("/api/admin/rebuilds/current", hr).body()).contains("\"eventsDone\":", "\"eventsPerSecond\":");
        // its indexes were set aside while it filled, and built again before it served
        assertThat(indexes(rebuilt)).isNotEmpty().isEqualTo(indexes(live));
    }

    @Test
    void onlyHrAndAdminsRebuild() {
        assertThat(client.post("/api/admin/rebuilds", client.token("mgr-1", "MANAGER")).status()).isEqualTo(403);
        assertThat(client.get("/api/admin/rebuilds/current", client.token("emp-1", "EMPLOYEE")).status()).isEqualTo(403);
        assertThat(client.post("/api/admin/rebuilds", null).status()).isEqualTo(401);
    }

    private List<String> publishEmployees(int count, String name) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            client.publish(QueryServiceClient.employeeRegistered(id + "-registered", id, name + " " + i));
            // a goal with progress and a calibrated rating: rows of the dashboard tables to compare
            publish(new GoalSet(id, "goal-" + i, "Goal " + i, "Done", LocalDate.of(2030, 1, 1), null, null, null));
            publish(new GoalProgressRecorded(id, "goal-" + i, 30, null));
            publish(new CompetencyAssessed(id, "assessment-" + i, "craft", AssessorRole.MANAGER, "mgr-1", 2, List.of(), null, null, null,
                    "three-track", 1));
            publish(new AssessmentCalibrated(id, "assessment-" + i, "craft", 2, 3, "Calibrated", "council-1"));
        }
        return ids;
    }

    private void publish(CareerEvent event) {
        client.publish(QueryServiceClient.careerEvent(UUID.randomUUID().toString(), event, "mgr-1", OffsetDateTime.now()));
    }

    /** Rows of the given employees in one generation but not the other, both ways, plus employees without rows. */
    private int differences(String table, String columns, String one, String other, List<String> employees) {
        String subjects = String.join(",", employees.stream().map(id -> "'" + id + "'").toList());
        String key = table.equals("audit_event") ? "subject" : "employee_id";
        String where = key + " IN (" + subjects + ")";
        return differences(table, columns, where, one, other)
                + jdbc.queryForObject("SELECT count(DISTINCT " + key + ") FROM " + one + "." + table + " WHERE " + where, Integer.class)
                - employees.size();
    }

    /** Rows matching {@code where} in one generation but not the other, both ways. */
    private int differences(String table, String columns, String where, String one, String other) {
        String select = "SELECT " + columns + " FROM %s." + table + " WHERE " + where;
        return jdbc.queryForObject("SELECT count(*) FROM ((" + select.formatted(one) + " EXCEPT " + select.formatted(other)
                + ") UNION ALL (" + select.formatted(other) + " EXCEPT " + select.formatted(one) + ")) AS diff", Integer.class);
    }

    private List<String> indexes(String generation) {
        return jdbc.queryForList("SELECT replace(indexdef, schemaname || '.', '') FROM pg_indexes WHERE schemaname = ? ORDER BY indexname",
                String.class, generation);
    }

    private int rows(String table, String where, String generation) {
        return jdbc.queryForObject("SELECT count(*) FROM " + generation + "." + table + " WHERE " + where, Integer.class);
    }

    /** A case nominated, calibrated and withdrawn, and a cycle with an assessment and a passed deadline, about someone outside {@code before}. */
    private void publishCaseAndCycle(String employeeId, String caseId, String cycleId) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30);
        List<CareerEvent> events = List.of(
                new PromotionNominated(employeeId, caseId, "three-track", 1, "expert", 1, 2, "Ready", null, "mgr-1",
                        new ReadinessSnapshot(List.of(new ReadinessSnapshot.ExpectationReadiness("craft", 2, 2, "as-1", true)),
                                List.of(), List.of(), List.of())),
                new PromotionFeedbackGiven(employeeId, caseId, "council-1", FeedbackStance.CONCERN, "Thin"),
                new PromotionWithdrawn(employeeId, caseId, "Later", "mgr-1"),
                new ReviewCycleOpened(cycleId, "Rebuild cycle", "three-track", new ReviewPopulation(false, List.of("mgr-1"), List.of()),
                        LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31), "hr-1"),
                new CompetencyAssessed(employeeId, UUID.randomUUID().toString(), "craft", AssessorRole.SELF, employeeId, 2, List.of(),
                        null, cycleId, null, "three-track", 1),
                new ReviewCycleDeadlinePassed(cycleId, ReviewPhase.SELF_ASSESSMENT, LocalDate.of(2026, 3, 31), List.of()));
        for (int i = 0; i < events.size(); i++) {
            client.publish(QueryServiceClient.careerEvent(UUID.randomUUID().toString(), events.get(i), "mgr-1", at.plusMinutes(i)));
        }
    }
}
