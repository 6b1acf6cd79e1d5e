package io.careerledger.command.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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

/** A promotion case over HTTP on the real event store, from nomination to the promotion on the person's career. */
@CommandServiceIntegrationTest
class PromotionCaseIntegrationTest {

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
        assertThat(api.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Ada Lovelace", "email": "ada@example.org", "managerId": "%s",
                 "frameworkId": "%s", "level": 2, "hireDate": "2024-02-01"}""".formatted(employeeId, managerId, frameworkId))
                .status()).isEqualTo(201);
        assertThat(api.post("/api/employees/" + employeeId + "/track", employee, """
                {"trackId": "expert", "reason": "Strengths", "agreedBy": "%s"}""".formatted(managerId)).status()).isEqualTo(200);
        assertThat(api.post("/api/employees/" + employeeId + "/assessments", manager, """
                {"assessmentId": "%s", "competencyId": "craft", "assessorRole": "MANAGER", "proficiency": 4,
                 "evidence": ["design reviews"]}""".formatted(UUID.randomUUID())).status()).isEqualTo(200);
    }

    @Test
    void anApprovedCaseBecomesThePromotionOnThePersonsCareer() {
        String caseId = UUID.randomUUID().toString();
        String nomination = """
                {"caseId": "%s", "employeeId": "%s", "targetLevel": 3, "justification": "Reference for payments"}"""
                .formatted(caseId, employeeId);
        assertThat(api.post("/api/promotion-cases", manager, nomination).status()).isEqualTo(201);
        assertThat(api.post("/api/promotion-cases", manager, nomination).status()).isEqualTo(201);
        assertThat(api.post("/api/promotion-cases/" + caseId + "/evidence", employee, """
                {"evidenceId": "%s", "description": "Three ADRs reviewed by peers"}""".formatted(UUID.randomUUID())).status())
                .isEqualTo(204);

        String approval = """
                {"decision": "APPROVE", "rationale": "Expectations met"}""";
        Response tooEarly = api.post("/api/promotion-cases/" + caseId + "/decision", api.token("council-3", "COUNCIL"), approval);
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.body()).contains("/problems/feedback-quorum-not-reached");

        for (String member : List.of("council-1", "council-2")) {
            assertThat(api.post("/api/promotion-cases/" + caseId + "/feedback", api.token(member, "COUNCIL"), """
                    {"stance": "SUPPORT", "comment": "Ready"}""").status()).isEqualTo(204);
        }
        assertThat(api.post("/api/promotion-cases/" + caseId + "/feedback", manager, """
                {"stance": "SUPPORT"}""").status()).isEqualTo(403);
        assertThat(api.post("/api/promotion-cases/" + caseId + "/decision", api.token("council-3", "COUNCIL"), approval).status())
                .isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(eventTypes(employeeId)).endsWith("PromotionApplied");
            assertThat(eventTypes(caseId)).endsWith("PromotionCompleted");
        });
        assertThat(eventTypes(caseId)).containsExactly("PromotionNominated", "PromotionEvidenceAttached", "PromotionFeedbackGiven",
                "PromotionFeedbackGiven", "PromotionDecided", "PromotionCompleted");
        String applied = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type = 'io.careerledger.events.PromotionApplied'", String.class, employeeId);
        assertThat(applied).contains("\"fromLevel\":2", "\"toLevel\":3", "\"title\":\"Senior Specialist\"", "\"grade\":\"G3\"");
        String metadata = jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type = 'io.careerledger.events.PromotionApplied'", String.class, employeeId);
        assertThat(metadata).contains("\"actorId\":\"promotion-saga\"");
    }

    @Test
    void oneOpenCaseAtATimeAndOnlyTheLineManagerOrHrNominate() {
        String body = """
                {"caseId": "%s", "employeeId": "%s", "targetLevel": 3, "justification": "Ready"}""";
        Response byEmployee = api.post("/api/promotion-cases", employee, body.formatted(UUID.randomUUID(), employeeId));
        Response byOtherManager = api.post("/api/promotion-cases", api.token(UUID.randomUUID().toString(), "MANAGER"),
                body.formatted(UUID.randomUUID(), employeeId));
        Response first = api.post("/api/promotion-cases", hr, body.formatted(UUID.randomUUID(), employeeId));
        Response second = api.post("/api/promotion-cases", manager, body.formatted(UUID.randomUUID(), employeeId));
        Response skip = api.post("/api/promotion-cases", manager, """
                {"caseId": "%s", "employeeId": "%s", "targetLevel": 4, "justification": "Ready"}""".formatted(UUID.randomUUID(), employeeId));

        assertThat(byEmployee.status()).isEqualTo(403);
        assertThat(byOtherManager.status()).isEqualTo(403);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("/problems/promotion-case-open");
        assertThat(skip.status()).isEqualTo(422);
        assertThat(skip.body()).contains("/problems/skip-reason-required");
    }

    @Test
    void badRequestsOnCasesGetProblemsAndWriteNothing() {
        String council = api.token("council-1", "COUNCIL");
        String unknownCase = UUID.randomUUID().toString();
        List<Response> refusals = List.of(
                api.post("/api/promotion-cases/" + unknownCase + "/feedback", council, "{\"stance\": \"SUPPORT\"}"),
                api.post("/api/promotion-cases/" + unknownCase + "/feedback", council, "{\"stance\": \"MAYBE\"}"),
                api.post("/api/promotion-cases/not-a-case/decision", council, "{\"decision\": \"APPROVE\", \"rationale\": \"Ready\"}"),
                api.post("/api/promotion-cases", manager, "{\"caseId\": \"" + unknownCase + "\", \"employeeId\": "),
                api.post("/api/promotion-cases", manager, """
                        {"caseId": "%s", "employeeId": "%s", "targetLevel": 0, "justification": ""}""".formatted(unknownCase, employeeId)));

        assertThat(refusals).extracting(Response::status).containsExactly(404, 400, 400, 400, 400);
        assertThat(refusals).extracting(Response::contentType).allSatisfy(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(eventTypes(unknownCase)).isEmpty();
    }

    private List<String> eventTypes(String aggregateId) {
        return StoredEvents.typesOf(jdbc, aggregateId);
    }
}
