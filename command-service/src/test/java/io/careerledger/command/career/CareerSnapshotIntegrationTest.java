package io.careerledger.command.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.ApiClient.Response;
import io.careerledger.command.support.CommandServiceIntegrationTest;
import io.careerledger.command.support.StoredEvents;

/**
 * A career loaded from its snapshot keeps what its members (goals, assessments, milestones,
 * assignments) know, so their rules still hold; a load that replays three events or more is followed
 * by a snapshot here.
 */
@CommandServiceIntegrationTest
@TestPropertySource(properties = "careerledger.career.snapshots.threshold=3")
// closed after this class: a second live context on the same database would run a second kafka-publisher,
// and which of the two holds the token (and reports publication health) would be left to chance
@DirtiesContext
class CareerSnapshotIntegrationTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CareerCache careers;

    @Test
    void theMembersStateSurvivesTheSnapshot() {
        ApiClient api = new ApiClient(port);
        String hr = api.token("hr-1", "HR");
        String frameworkId = "three-track-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.publishThreeTrack(frameworkId, hr).status()).isEqualTo(201);
        String employeeId = UUID.randomUUID().toString();
        String managerId = UUID.randomUUID().toString();
        String employee = api.token(employeeId, "EMPLOYEE");
        String manager = api.token(managerId, "MANAGER");
        String career = "/api/employees/" + employeeId;
        assertThat(api.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Ada Lovelace", "email": "ada@example.org", "managerId": "%s",
                 "frameworkId": "%s", "level": 3, "hireDate": "2024-02-01"}""".formatted(employeeId, managerId, frameworkId)).status())
                .isEqualTo(201);
        String goalId = UUID.randomUUID().toString();
        String goal = """
                {"goalId": "%s", "title": "Run the guild", "measure": "%s", "dueDate": "%s"}""";
        assertThat(api.post(career + "/goals", employee, goal.formatted(goalId, "Six sessions", LocalDate.now().plusMonths(6))).status())
                .isEqualTo(200);
        assertThat(api.post(career + "/milestones/expert-reference/evidence", employee, "{\"evidence\": \"Three ADRs\"}").status())
                .isEqualTo(200);
        assertThat(api.post(career + "/goals/" + goalId + "/progress", employee, "{\"percentComplete\": 50}").status()).isEqualTo(200);
        assertThat(snapshotsOf(employeeId)).as("commands on a career in memory take no snapshot").isZero();
        // out of this replica's memory: the next command replays four events, and a snapshot follows it
        careers.removeAll();
        assertThat(api.post(career + "/goals/" + goalId + "/progress", employee, "{\"percentComplete\": 60}").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ? AND type = 'EmployeeCareer'",
                Integer.class, employeeId) == 1);
        // what follows loads the career from its snapshot, not from this replica's memory
        careers.removeAll();

        Response otherGoalUnderTheSameId = api.post(career + "/goals", employee,
                goal.formatted(goalId, "Four sessions", LocalDate.now().plusMonths(6)));
        Response strangerSetsAGoal = api.post(career + "/goals", api.token(UUID.randomUUID().toString(), "MANAGER"),
                goal.formatted(UUID.randomUUID(), "Six sessions", LocalDate.now().plusMonths(6)));
        Response verified = api.post(career + "/milestones/expert-reference/verification", manager, "{}");

        assertThat(otherGoalUnderTheSameId.status()).isEqualTo(409);
        assertThat(otherGoalUnderTheSameId.body()).contains("/problems/goal-id-taken");
        assertThat(strangerSetsAGoal.status()).isEqualTo(403);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(StoredEvents.typesOf(jdbc, employeeId)).containsExactly("EmployeeRegistered", "GoalSet", "MilestoneEvidenceRecorded",
                "GoalProgressRecorded", "GoalProgressRecorded", "MilestoneVerified");
    }

    /**
     * Events and snapshots hold a person's texts only as ciphertext under their key, which the key API
     * hands to its service role alone; an erasure destroys the key (410 from then on) and drops the
     * snapshots made while it could be read; the career still loads and answers commands.
     */
    @Test
    void personalTextsAreStoredEncryptedAndAnErasureShredsThem() {
        ApiClient api = new ApiClient(port);
        String hr = api.token("hr-1", "HR");
        String frameworkId = "three-track-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.publishThreeTrack(frameworkId, hr).status()).isEqualTo(201);
        String employeeId = UUID.randomUUID().toString();
        String career = "/api/employees/" + employeeId;
        String employee = api.token(employeeId, "EMPLOYEE");
        assertThat(api.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Grace Hopper", "email": "grace@example.org",
                 "frameworkId": "%s", "level": 3, "hireDate": "2019-02-01"}""".formatted(employeeId, frameworkId)).status()).isEqualTo(201);
        assertThat(api.post(career + "/milestones/expert-reference/evidence", employee, "{\"evidence\": \"Wrote the COBOL report\"}").status())
                .isEqualTo(200);
        assertThat(api.post(career + "/offboarding", hr, "{\"lastWorkingDay\": \"2024-01-31\", \"reason\": \"Retired to the navy\"}")
                .status()).isEqualTo(200);
        // the career leaves this replica's memory: a command that loads it replays three events (refused or
        // not), and a snapshot follows
        careers.removeAll();
        assertThat(api.post(career + "/milestones/expert-reference/evidence", employee, "{\"evidence\": \"Late\"}").status())
                .isEqualTo(422);
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshotsOf(employeeId) > 0);
        List<String> personal = List.of("Grace", "grace@example.org", "COBOL", "navy");
        assertThat(storedTextOf(employeeId)).doesNotContain(personal).contains("pd1:");
        String keyId = jdbc.queryForObject("SELECT key_id FROM personal_data_key WHERE employee_id = ?", String.class, employeeId);
        String keyService = api.token("query-service", "PERSONAL_DATA_KEYS");
        assertThat(api.get("/api/personal-data-keys/" + keyId, keyService).status()).isEqualTo(200);
        assertThat(api.get("/api/personal-data-keys/" + keyId, hr).status()).isEqualTo(403);
        assertThat(api.get("/api/personal-data-keys/unknown", keyService).status()).isEqualTo(404);

        Response erased = api.post(career + "/erasure", hr, "{\"reason\": \"Erasure request ER-1\"}");
        Response keyAfterwards = api.get("/api/personal-data-keys/" + keyId, keyService);
        Response evidenceAfterwards = api.post(career + "/milestones/expert-reference/evidence", employee, "{\"evidence\": \"New\"}");

        assertThat(erased.status()).isEqualTo(200);
        assertThat(keyAfterwards.status()).isEqualTo(410);
        assertThat(keyAfterwards.body()).contains("/problems/personal-data-erased");
        assertThat(snapshotPayloadsOf(employeeId)).as("only snapshots taken once the key was gone").noneMatch(payload -> payload.contains("pd1:"));
        assertThat(storedTextOf(employeeId)).doesNotContain(personal);
        assertThat(evidenceAfterwards.status()).as(evidenceAfterwards.body()).isEqualTo(422);
        assertThat(evidenceAfterwards.body()).contains("/problems/employee-offboarded");
        assertThat(jdbc.queryForObject("SELECT key_material IS NULL FROM personal_data_key WHERE employee_id = ?", Boolean.class,
                employeeId)).isTrue();
        assertThat(StoredEvents.typesOf(jdbc, employeeId)).endsWith("PersonalDataErased");
    }

    private int snapshotsOf(String employeeId) {
        return jdbc.queryForObject("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Integer.class, employeeId);
    }

    private List<String> snapshotPayloadsOf(String employeeId) {
        return jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                String.class, employeeId);
    }

    private String storedTextOf(String employeeId) {
        return String.join("\n", jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?
                UNION ALL SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?
                UNION ALL SELECT convert_from(payload, 'UTF8') FROM snapshot_event_entry WHERE aggregate_identifier = ?""",
                String.class, employeeId, employeeId, employeeId));
    }
}
