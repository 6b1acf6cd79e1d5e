package io.careerledger.command.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.ApiClient.Response;
import io.careerledger.command.support.CommandServiceIntegrationTest;
import io.careerledger.command.support.StoredEvents;

/** A person's career steps over HTTP on the real event store: retries, stale versions, access, bad input. */
@CommandServiceIntegrationTest
class CareerApiIntegrationTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private String hr;
    private String employeeId;
    private String managerId;
    private String employee;
    private String manager;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        hr = api.token("hr-1", "HR");
        String frameworkId = "three-track-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.publishThreeTrack(frameworkId, hr).status()).isEqualTo(201);
        employeeId = UUID.randomUUID().toString();
        managerId = UUID.randomUUID().toString();
        employee = api.token(employeeId, "EMPLOYEE");
        manager = api.token(managerId, "MANAGER");
        Response registered = api.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Ada Lovelace", "email": "ada@example.org", "managerId": "%s",
                 "frameworkId": "%s", "level": 3, "hireDate": "2024-02-01"}""".formatted(employeeId, managerId, frameworkId));
        assertThat(registered.status()).isEqualTo(201);
    }

    @Test
    void stepsAlongTheCareerAreRecordedWithTheirVersionAsETag() {
        Response track = api.post(path("/track"), employee, """
                {"trackId": "expert", "reason": "Strengths", "agreedBy": "%s"}""".formatted(managerId));
        Response assessment = api.post(path("/assessments"), manager, """
                {"assessmentId": "%s", "competencyId": "craft", "assessorRole": "MANAGER", "proficiency": 4,
                 "evidence": ["design reviews"]}""".formatted(UUID.randomUUID()));
        String goalId = UUID.randomUUID().toString();
        Response goal = api.post(path("/goals"), employee, """
                {"goalId": "%s", "title": "Run the guild", "measure": "Six sessions", "dueDate": "%s"}"""
                .formatted(goalId, LocalDate.now().plusMonths(6)));
        Response progress = api.post(path("/goals/" + goalId + "/progress"), employee, "{\"percentComplete\": 50}");

        assertThat(List.of(track.status(), assessment.status(), goal.status(), progress.status())).containsOnly(200);
        assertThat(progress.etag()).isEqualTo("\"4\"");
        assertThat(progress.body()).contains("\"version\":4");
        assertThat(eventTypes()).containsExactly("EmployeeRegistered", "TrackChosen", "CompetencyAssessed", "GoalSet",
                "GoalProgressRecorded");
    }

    @Test
    void aRetryWithTheSameIdCreatesNoSecondEventAndGetsTheSameAnswer() {
        String body = """
                {"assessmentId": "%s", "competencyId": "craft", "assessorRole": "SELF", "proficiency": 3}""".formatted(UUID.randomUUID());

        Response first = api.post(path("/assessments"), employee, body);
        Response retry = api.post(path("/assessments"), employee, body);

        assertThat(retry.status()).isEqualTo(first.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(eventTypes()).containsExactly("EmployeeRegistered", "CompetencyAssessed");
    }

    @Test
    void aStaleIfMatchGets412AndWritesNothing() {
        Response first = api.post(path("/track"), employee, """
                {"trackId": "expert", "reason": "Strengths", "agreedBy": "%s"}""".formatted(managerId), "\"0\"");
        Response stale = api.post(path("/track"), employee, """
                {"trackId": "entrepreneur", "reason": "Ideas", "agreedBy": "%s"}""".formatted(managerId), "\"0\"");
        Response malformed = api.post(path("/track"), employee, """
                {"trackId": "entrepreneur", "reason": "Ideas", "agreedBy": "%s"}""".formatted(managerId), "\"yesterday\"");

        assertThat(first.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).isEqualTo("application/problem+json");
        assertThat(stale.body()).contains("/problems/stale-version");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(eventTypes()).containsExactly("EmployeeRegistered", "TrackChosen");
    }

    @Test
    void othersAreForbiddenAndRulesGet422WithAPersonReadableDetail() {
        String stranger = api.token(UUID.randomUUID().toString(), "EMPLOYEE");

        Response strangerSelfAssessing = api.post(path("/assessments"), stranger, """
                {"assessmentId": "%s", "competencyId": "craft", "assessorRole": "SELF", "proficiency": 3}""".formatted(UUID.randomUUID()));
        Response employeeChangingManager = api.post(path("/manager"), employee, "{\"managerId\": \"%s\"}".formatted(UUID.randomUUID()));
        Response levelFiveTrack = api.post(path("/track"), employee, """
                {"trackId": "director", "reason": "Ambition", "agreedBy": "%s"}""".formatted(managerId));
        Response vagueGoal = api.post(path("/goals"), employee, """
                {"goalId": "%s", "title": "Be better"}""".formatted(UUID.randomUUID()));

        assertThat(strangerSelfAssessing.status()).isEqualTo(403);
        assertThat(strangerSelfAssessing.contentType()).isEqualTo("application/problem+json");
        assertThat(employeeChangingManager.status()).isEqualTo(403);
        assertThat(levelFiveTrack.status()).isEqualTo(422);
        assertThat(levelFiveTrack.body()).contains("/problems/track-not-allowed", "'director' is allowed at levels 5");
        assertThat(vagueGoal.status()).isEqualTo(422);
        assertThat(vagueGoal.body()).contains("/problems/vague-goal");
        assertThat(eventTypes()).containsExactly("EmployeeRegistered");
    }

    @Test
    void malformedInputGets400AndUnknownPeople404() {
        Response notJson = api.post(path("/goals"), employee, "{\"goalId\": ");
        Response badEnum = api.post(path("/assessments"), employee, """
                {"assessmentId": "%s", "competencyId": "craft", "assessorRole": "BOSS", "proficiency": 3}""".formatted(UUID.randomUUID()));
        Response badPercent = api.post(path("/goals/" + UUID.randomUUID() + "/progress"), employee, "{\"percentComplete\": 140}");
        Response badId = api.post("/api/employees/not-a-uuid/track", employee, "{\"trackId\": \"expert\", \"reason\": \"x\"}");
        Response unknown = api.post("/api/employees/" + UUID.randomUUID() + "/manager", hr, "{\"managerId\": \"%s\"}".formatted(managerId));

        assertThat(List.of(notJson.status(), badEnum.status(), badPercent.status(), badId.status())).containsOnly(400);
        assertThat(notJson.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(eventTypes()).containsExactly("EmployeeRegistered");
    }

    @Test
    void reportingLinesFollowManagerChangesAndOffboarding() {
        String newManager = UUID.randomUUID().toString();

        api.post(path("/manager"), hr, "{\"managerId\": \"%s\"}".formatted(newManager));
        api.post(path("/offboarding"), hr, "{\"lastWorkingDay\": \"2026-12-31\", \"reason\": \"Moved abroad\"}");

        assertThat(jdbc.queryForMap("SELECT manager_id, offboarded FROM reporting_line WHERE employee_id = ?", employeeId))
                .containsEntry("manager_id", newManager).containsEntry("offboarded", true);
        assertThat(eventTypes()).containsExactly("EmployeeRegistered", "ManagerChanged", "EmployeeOffboarded");
    }

    @Test
    void theConversationTravelsAsMetadataOnTheEvent() {
        String conversationId = UUID.randomUUID().toString();
        api.post(path("/track"), manager, """
                {"trackId": "people-leader", "reason": "Mentors the team", "agreedBy": "%s", "conversationId": "%s"}"""
                .formatted(employeeId, conversationId));

        String metadata = jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 1", String.class, employeeId);
        // the reason may name people: it travels encrypted under the person's key
        assertThat(metadata).contains("\"conversationId\":\"" + conversationId + "\"", "\"reason\":\"pd1:",
                "\"actorId\":\"" + managerId + "\"").doesNotContain("Mentors the team");
    }

    private String path(String step) {
        return "/api/employees/" + employeeId + step;
    }

    private List<String> eventTypes() {
        return StoredEvents.typesOf(jdbc, employeeId);
    }
}
