package io.careerledger.command.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.ApiClient.Response;
import io.careerledger.command.support.CommandServiceIntegrationTest;

/** A review cycle over HTTP: assessments go into it while it is open and are refused once it is closed. */
@CommandServiceIntegrationTest
class ReviewCycleIntegrationTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClosedCycleTakesNoMoreAssessments() {
        ApiClient api = new ApiClient(port);
        String hr = api.token("hr-1", "HR");
        String frameworkId = "three-track-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.publishThreeTrack(frameworkId, hr).status()).isEqualTo(201);
        String employeeId = UUID.randomUUID().toString();
        String employee = api.token(employeeId, "EMPLOYEE");
        assertThat(api.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Ada Lovelace", "email": "ada@example.org",
                 "frameworkId": "%s", "level": 3, "hireDate": "2024-02-01"}""".formatted(employeeId, frameworkId)).status()).isEqualTo(201);
        String cycleId = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now();
        Response opened = api.post("/api/review-cycles", hr, """
                {"cycleId": "%s", "name": "Spring", "frameworkId": "%s", "population": {"everyone": true},
                 "selfAssessmentDeadline": "%s", "managerAssessmentDeadline": "%s", "calibrationDeadline": "%s"}"""
                .formatted(cycleId, frameworkId, today.plusDays(10), today.plusDays(20), today.plusDays(30)));
        String assessment = """
                {"assessmentId": "%s", "competencyId": "craft", "assessorRole": "SELF", "proficiency": 3, "reviewCycleId": "%s"}""";

        Response whileOpen = api.post("/api/employees/" + employeeId + "/assessments", employee, assessment.formatted(UUID.randomUUID(), cycleId));
        Response byManager = api.post("/api/review-cycles/" + cycleId + "/phase", api.token("mgr-1", "MANAGER"), "{\"phase\": \"MANAGER_ASSESSMENT\"}");
        Response tooEarly = api.post("/api/review-cycles/" + cycleId + "/closure", hr, "{}");
        List<Integer> phases = List.of(
                api.post("/api/review-cycles/" + cycleId + "/phase", hr, "{\"phase\": \"MANAGER_ASSESSMENT\"}").status(),
                api.post("/api/review-cycles/" + cycleId + "/phase", hr, "{\"phase\": \"CALIBRATION\"}").status(),
                api.post("/api/review-cycles/" + cycleId + "/closure", hr, "{}").status());
        Response afterClosing = api.post("/api/employees/" + employeeId + "/assessments", employee, assessment.formatted(UUID.randomUUID(), cycleId));

        assertThat(opened.status()).isEqualTo(201);
        assertThat(whileOpen.status()).isEqualTo(200);
        assertThat(byManager.status()).isEqualTo(403);
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(phases).containsOnly(204);
        assertThat(afterClosing.status()).isEqualTo(422);
        assertThat(afterClosing.body()).contains("/problems/review-cycle-closed");
    }

    @Test
    void badRequestsOnCyclesGetProblemsAndWriteNothing() {
        ApiClient api = new ApiClient(port);
        String hr = api.token("hr-1", "HR");
        String cycleId = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now();
        String cycle = """
                {"cycleId": "%s", "name": "Spring", "frameworkId": "%s", "population": %s,
                 "selfAssessmentDeadline": "%s", "managerAssessmentDeadline": "%s", "calibrationDeadline": "%s"}""";
        List<Response> refusals = List.of(
                api.post("/api/review-cycles", hr, cycle.formatted(cycleId, "no-such-framework", "{\"everyone\": true}",
                        today.plusDays(1), today.plusDays(2), today.plusDays(3))),
                api.post("/api/review-cycles", hr, cycle.formatted(cycleId, "Not A Framework Id", "{\"everyone\": true}",
                        today.plusDays(1), today.plusDays(2), today.plusDays(3))),
                api.post("/api/review-cycles", hr, cycle.formatted(cycleId, "three-track", "{\"everyone\": true}",
                        "not-a-date", today.plusDays(2), today.plusDays(3))),
                api.post("/api/review-cycles", api.token("mgr-1", "MANAGER"), cycle.formatted(cycleId, "three-track",
                        "{\"everyone\": true}", today.plusDays(1), today.plusDays(2), today.plusDays(3))),
                api.post("/api/review-cycles/" + cycleId + "/phase", hr, "{\"phase\": \"MANAGER_ASSESSMENT\"}"),
                api.post("/api/review-cycles/not-a-cycle/phase", hr, "{\"phase\": \"SOMETIME\"}"));

        assertThat(refusals).extracting(Response::status).containsExactly(422, 400, 400, 403, 404, 400);
        assertThat(refusals.get(0).body()).contains("/problems/framework-not-published");
        assertThat(refusals).extracting(Response::contentType).allSatisfy(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Integer.class, cycleId))
                .isZero();
    }
}
