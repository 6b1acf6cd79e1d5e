package io.careerledger.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.ReadinessSnapshot;
import io.careerledger.rules.ReadinessRule;

/**
 * A promotion nominated, evidenced, calibrated and decided through the command-service, read back from
 * the query-service as HR's decision trail and as the employee's own view without individual feedback.
 */
class PromotionTrailEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient commandService = RunningStack.commandService();
    private final RestClient queryService = RunningStack.queryService();
    private final String hr = RunningStack.token("hr-e2e", "HR");

    @Test
    void theDecisionTrailAndTheEmployeesViewFollowTheCaseThroughBothServices() {
        String frameworkId = "three-track-" + UUID.randomUUID().toString().substring(0, 8);
        String employeeId = UUID.randomUUID().toString();
        String managerId = UUID.randomUUID().toString();
        String caseId = UUID.randomUUID().toString();
        String employee = RunningStack.token(employeeId, "EMPLOYEE");
        String manager = RunningStack.token(managerId, "MANAGER");
        publishThreeTrack(frameworkId);
        post("/api/employees", hr, Map.of("employeeId", employeeId, "fullName", "Ada Lovelace", "email", "ada@example.org",
                "managerId", managerId, "frameworkId", frameworkId, "level", 2, "hireDate", "2024-02-01"));
        post("/api/employees/" + employeeId + "/track", employee, Map.of("trackId", "expert", "reason", "Strengths",
                "agreedBy", managerId));
        post("/api/employees/" + employeeId + "/assessments", manager, Map.of("assessmentId", UUID.randomUUID().toString(),
                "competencyId", "craft", "assessorRole", "MANAGER", "proficiency", 4, "evidence", List.of("design reviews")));

        post("/api/promotion-cases", manager, Map.of("caseId", caseId, "employeeId", employeeId, "targetLevel", 3,
                "justification", "Reference for payments"));
        post("/api/promotion-cases/" + caseId + "/evidence", employee, Map.of("evidenceId", UUID.randomUUID().toString(),
                "description", "Three ADRs reviewed by peers"));
        post("/api/promotion-cases/" + caseId + "/feedback", RunningStack.token("council-e2e-1", "COUNCIL"),
                Map.of("stance", "SUPPORT", "comment", "Ready"));
        String secondMember = RunningStack.token("council-e2e-2", "COUNCIL");
        post("/api/promotion-cases/" + caseId + "/feedback", secondMember, Map.of("stance", "CONCERN", "comment", "Little mentoring"));
        post("/api/promotion-cases/" + caseId + "/feedback", secondMember, Map.of("stance", "SUPPORT", "comment", "Mentors now"));
        post("/api/promotion-cases/" + caseId + "/decision", RunningStack.token("council-e2e-3", "COUNCIL"),
                Map.of("decision", "APPROVE", "rationale", "Expectations met"));

        JsonNode[] trail = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            trail[0] = get("/api/promotion-cases/" + caseId + "/trail", hr);
            assertThat(trail[0].path("status").asString()).isEqualTo("PROMOTED");
        });
        JsonNode steps = trail[0].path("steps");
        assertThat(steps).extracting(step -> step.path("kind").asString()).containsExactly("NOMINATED", "EVIDENCE_ATTACHED",
                "FEEDBACK_GIVEN", "FEEDBACK_GIVEN", "FEEDBACK_GIVEN", "DECIDED", "PROMOTION_APPLIED", "PROMOTION_COMPLETED");
        assertThat(steps).extracting(step -> step.path("actorId").asString()).startsWith(managerId, employeeId,
                "council-e2e-1", "council-e2e-2", "council-e2e-2", "council-e2e-3");
        assertThat(steps).allSatisfy(step -> {
            assertThat(step.path("frameworkId").asString()).isEqualTo(frameworkId);
            assertThat(step.path("frameworkVersion").asInt()).isEqualTo(1);
            assertThat(step.path("correlationId").isMissingNode() || step.path("correlationId").isNull()).isFalse();
        });
        assertThat(steps.get(0).path("details").path("readiness").path("expectations").isEmpty()).isFalse();
        assertThat(steps.get(4).path("details").path("previousStance").asString()).isEqualTo("CONCERN");
        assertThat(steps.get(5).path("details").path("rationale").asString()).isEqualTo("Expectations met");
        assertThat(steps.get(6).path("details").path("toLevel").asInt()).isEqualTo(3);

        JsonNode own = get("/api/employees/" + employeeId + "/promotion-cases", employee).path("content").get(0);
        assertThat(own.path("caseId").asString()).isEqualTo(caseId);
        assertThat(own.path("decision").asString()).isEqualTo("APPROVE");
        assertThat(own.path("feedbackCounts").path("SUPPORT").asInt()).isEqualTo(2);
        assertThat(own.has("stances")).isFalse();
        assertThat(own.toString()).doesNotContain("Little mentoring", "council-e2e-2");
        assertThat(get("/api/promotion-cases/" + caseId, manager).path("stances")).hasSize(2);
    }

    /** Expert level 3 expects craft 4, knowledge-sharing 3, initiative 2 and the milestone expert-reference. */
    @Test
    void theDashboardIsReadyExactlyWhenTheReadinessANominationRecordsIs() {
        String frameworkId = "three-track-" + UUID.randomUUID().toString().substring(0, 8);
        String employeeId = UUID.randomUUID().toString();
        String managerId = UUID.randomUUID().toString();
        String manager = RunningStack.token(managerId, "MANAGER");
        publishThreeTrack(frameworkId);
        post("/api/employees", hr, Map.of("employeeId", employeeId, "fullName", "Grace Hopper", "email", "grace@example.org",
                "managerId", managerId, "frameworkId", frameworkId, "level", 2, "hireDate", "2024-02-01"));
        post("/api/employees/" + employeeId + "/track", RunningStack.token(employeeId, "EMPLOYEE"), Map.of("trackId", "expert",
                "reason", "Strengths", "agreedBy", managerId));
        Map.of("craft", 4, "knowledge-sharing", 3, "initiative", 2).forEach((competency, proficiency) ->
                post("/api/employees/" + employeeId + "/assessments", manager, Map.of("assessmentId", UUID.randomUUID().toString(),
                        "competencyId", competency, "assessorRole", "MANAGER", "proficiency", proficiency, "evidence", List.of("seen"))));

        String unverified = nominate(employeeId, manager);
        assertThat(verdictOf(unverified)).isEqualTo(new ReadinessRule.Verdict(3, 3, 0, 1));
        assertThat(dashboardReadiness(employeeId, unverified)).isEqualTo(verdictOf(unverified));
        assertThat(verdictOf(unverified).ready()).isFalse();

        post("/api/promotion-cases/" + unverified + "/withdrawal", manager, Map.of("reason", "Milestone first"));
        post("/api/employees/" + employeeId + "/milestones/expert-reference/evidence", RunningStack.token(employeeId, "EMPLOYEE"),
                Map.of("evidence", "Three ADRs reviewed by peers"));
        post("/api/employees/" + employeeId + "/milestones/expert-reference/verification", manager, Map.of());
        String verified = nominate(employeeId, manager);
        assertThat(verdictOf(verified).ready()).isTrue();
        assertThat(dashboardReadiness(employeeId, verified)).isEqualTo(verdictOf(verified));
    }

    /** Nominates for level 3 once the query-service has the case and the person's last event; returns the case id. */
    private String nominate(String employeeId, String manager) {
        String caseId = UUID.randomUUID().toString();
        post("/api/promotion-cases", manager, Map.of("caseId", caseId, "employeeId", employeeId, "targetLevel", 3,
                "justification", "Reference for payments"));
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> get("/api/promotion-cases/" + caseId, hr).has("readiness"));
        return caseId;
    }

    private ReadinessRule.Verdict verdictOf(String caseId) {
        return ReadinessRule.verdict(JSON.treeToValue(get("/api/promotion-cases/" + caseId, hr).path("readiness"), ReadinessSnapshot.class));
    }

    /** The dashboard's readiness for the next level once it shows the case: the person's earlier events are in by then. */
    private ReadinessRule.Verdict dashboardReadiness(String employeeId, String caseId) {
        JsonNode readiness = await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> get("/api/employees/" + employeeId + "/dashboard", hr), body -> caseId.equals(body.path("openPromotionCase").path("caseId").asString()))
                .path("readiness");
        ReadinessRule.Verdict verdict = new ReadinessRule.Verdict(readiness.path("expectationsMet").asInt(),
                readiness.path("expectations").asInt(), readiness.path("milestonesVerified").asInt(), readiness.path("milestones").asInt());
        assertThat(readiness.path("ready").asBoolean()).isEqualTo(verdict.ready());
        return verdict;
    }

    private void publishThreeTrack(String frameworkId) {
        String document = commandService.get().uri("/api/frameworks/samples/three-track").headers(h -> h.setBearerAuth(hr))
                .retrieve().body(String.class).replaceFirst("(?m)^id: .*$", "id: " + frameworkId);
        commandService.post().uri("/api/frameworks/proposals?rationale=End-to-end").headers(h -> h.setBearerAuth(hr))
                .contentType(MediaType.parseMediaType("application/yaml")).body(document).retrieve().toBodilessEntity();
        for (String member : List.of("council-e2e-1", "council-e2e-2")) {
            post("/api/frameworks/" + frameworkId + "/versions/1/approvals", RunningStack.token(member, "COUNCIL"), Map.of());
        }
    }

    /** A command that must be accepted: any 4xx/5xx fails the test. */
    private void post(String path, String token, Map<String, Object> body) {
        commandService.post().uri(path).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toBodilessEntity();
    }

    private JsonNode get(String path, String token) {
        return JSON.readTree(queryService.get().uri(path).headers(h -> h.setBearerAuth(token)).retrieve().body(String.class));
    }
}
