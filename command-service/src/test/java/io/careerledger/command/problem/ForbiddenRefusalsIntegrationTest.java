package io.careerledger.command.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.ApiClient.Response;
import io.careerledger.command.support.CommandServiceIntegrationTest;
import io.careerledger.command.support.StoredEvents;

/**
 * "This person may not do this to that record" is 403 on every aggregate, as problem+json with the
 * refusal's type, and writes nothing; 422 stays for broken business rules.
 */
@CommandServiceIntegrationTest
class ForbiddenRefusalsIntegrationTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private String hr;
    private String frameworkId;
    private String employeeId;
    private String managerId;
    private String employee;
    private String manager;
    private String stranger;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        hr = api.token("hr-1", "HR");
        frameworkId = "three-track-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.publishThreeTrack(frameworkId, hr).status()).isEqualTo(201);
        employeeId = UUID.randomUUID().toString();
        managerId = UUID.randomUUID().toString();
        assertThat(api.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Ada Lovelace", "email": "ada@example.org", "managerId": "%s",
                 "frameworkId": "%s", "level": 2, "hireDate": "2024-02-01"}""".formatted(employeeId, managerId, frameworkId))
                .status()).isEqualTo(201);
        employee = api.token(employeeId, "EMPLOYEE");
        manager = api.token(managerId, "MANAGER", "EMPLOYEE", "COUNCIL");
        stranger = api.token(UUID.randomUUID().toString(), "MANAGER", "EMPLOYEE");
    }

    @Test
    void aStrangerSettingAGoalOnSomeoneElsesCareerIs403() {
        Response goal = api.post("/api/employees/" + employeeId + "/goals", stranger, """
                {"goalId": "%s", "title": "Run the guild", "measure": "Six sessions with minutes", "dueDate": "%s"}"""
                .formatted(UUID.randomUUID(), LocalDate.now().plusMonths(6)));

        assertForbidden(goal, "not-allowed-for-this-person");
        assertThat(StoredEvents.typesOf(jdbc, employeeId)).containsExactly("EmployeeRegistered");
    }

    @Test
    void aStrangerSchedulingNotingConcludingOrCancellingSomeoneElsesConversationIs403AndSoIsAnyoneButTheEmployeeAcknowledging() {
        String conversationId = UUID.randomUUID().toString();
        String schedule = """
                {"conversationId": "%s", "employeeId": "%s", "kind": "CAREER_PLANNING", "participants": [], "scheduledFor": "%s"}"""
                .formatted(conversationId, employeeId, Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES));
        String conversation = "/api/conversations/" + conversationId;

        Response strangerSchedules = api.post("/api/conversations", stranger, schedule);
        assertThat(StoredEvents.typesOf(jdbc, conversationId)).isEmpty();
        assertThat(api.post("/api/conversations", manager, schedule).status()).isEqualTo(201);
        assertThat(api.post(conversation + "/conclusion", manager, "{\"summary\": \"Expert track.\"}").status()).isEqualTo(204);
        Response strangerNotes = api.post(conversation + "/notes", stranger, """
                {"noteId": "%s", "text": "Gossip", "visibility": "SHARED", "amendmentReason": "Late"}""".formatted(UUID.randomUUID()));
        Response strangerConcludes = api.post(conversation + "/conclusion", stranger, "{\"summary\": \"Nothing\"}");
        Response strangerCancels = api.post(conversation + "/cancellation", stranger, "{\"reason\": \"Not in the mood\"}");
        Response strangerAcknowledges = api.post(conversation + "/acknowledgement", stranger, "{}");

        SoftAssertions.assertSoftly(soft -> {
            assertForbidden(soft, strangerSchedules, "conversation-not-allowed-to-schedule");
            assertForbidden(soft, strangerNotes, "conversation-not-a-participant");
            assertForbidden(soft, strangerConcludes, "conversation-not-allowed-to-conclude");
            assertForbidden(soft, strangerCancels, "conversation-not-allowed-to-cancel");
            assertForbidden(soft, strangerAcknowledges, "conversation-only-the-employee-acknowledges");
        });
        assertThat(StoredEvents.typesOf(jdbc, conversationId)).containsExactly("ConversationScheduled", "ConversationConcluded");
    }

    @Test
    void theNominatorDecidingTheirOwnNominationOrAStrangerWithdrawingItIs403() {
        assertThat(api.post("/api/employees/" + employeeId + "/track", employee, """
                {"trackId": "expert", "reason": "Strengths", "agreedBy": "%s"}""".formatted(managerId)).status()).isEqualTo(200);
        String caseId = UUID.randomUUID().toString();
        assertThat(api.post("/api/promotion-cases", manager, """
                {"caseId": "%s", "employeeId": "%s", "targetLevel": 3, "justification": "Reference for payments"}"""
                .formatted(caseId, employeeId)).status()).isEqualTo(201);

        Response ownDecision = api.post("/api/promotion-cases/" + caseId + "/decision", manager, """
                {"decision": "APPROVE", "rationale": "I said so"}""");
        Response strangerWithdraws = api.post("/api/promotion-cases/" + caseId + "/withdrawal", stranger, "{\"reason\": \"Mine\"}");

        SoftAssertions.assertSoftly(soft -> {
            assertForbidden(soft, ownDecision, "own-nomination");
            assertForbidden(soft, strangerWithdraws, "not-allowed-for-this-case");
        });
        assertThat(StoredEvents.typesOf(jdbc, caseId)).containsExactly("PromotionNominated");
    }

    @Test
    void aManagerOpeningAReviewCycleIs403() {
        String cycleId = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now();

        Response opened = api.post("/api/review-cycles", manager, """
                {"cycleId": "%s", "name": "Spring", "frameworkId": "%s", "population": {"everyone": true},
                 "selfAssessmentDeadline": "%s", "managerAssessmentDeadline": "%s", "calibrationDeadline": "%s"}"""
                .formatted(cycleId, frameworkId, today.plusDays(10), today.plusDays(20), today.plusDays(30)));

        assertThat(opened.status()).isEqualTo(403);
        assertThat(opened.contentType()).isEqualTo("application/problem+json");
        assertThat(StoredEvents.typesOf(jdbc, cycleId)).isEmpty();
    }

    @Test
    void theProposerApprovingTheirOwnFrameworkVersionIs403() {
        String id = "dual-ladder-" + UUID.randomUUID().toString().substring(0, 8);
        String hrAndCouncil = api.token("hr-2", "HR", "COUNCIL");
        String document = api.get("/api/frameworks/samples/dual-ladder", hr).body().replaceFirst("(?m)^id: .*$", "id: " + id);
        assertThat(api.postYaml("/api/frameworks/proposals?rationale=First", hrAndCouncil, document).status()).isEqualTo(201);

        Response own = api.post("/api/frameworks/" + id + "/versions/1/approvals", hrAndCouncil, "{}");

        assertForbidden(own, "framework-own-proposal");
        assertThat(StoredEvents.typesOf(jdbc, id)).containsExactly("FrameworkVersionProposed");
    }

    private static void assertForbidden(Response response, String code) {
        SoftAssertions.assertSoftly(soft -> assertForbidden(soft, response, code));
    }

    private static void assertForbidden(SoftAssertions soft, Response response, String code) {
        soft.assertThat(response.status()).as(response.body()).isEqualTo(403);
        soft.assertThat(response.contentType()).isEqualTo("application/problem+json");
        soft.assertThat(response.body()).contains("\"type\":\"/problems/" + code + "\"");
    }
}
