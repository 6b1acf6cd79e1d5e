package io.careerledger.query.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.cloudevents.core.builder.CloudEventBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.FeedbackStance;
import io.careerledger.events.PromotionApplied;
import io.careerledger.events.PromotionCompleted;
import io.careerledger.events.PromotionDecided;
import io.careerledger.events.PromotionDecision;
import io.careerledger.events.PromotionEvidenceAttached;
import io.careerledger.events.PromotionFeedbackGiven;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.PromotionWithdrawn;
import io.careerledger.events.ReadinessSnapshot;
import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceClient.Response;
import io.careerledger.query.support.QueryServiceIntegrationTest;

/**
 * A promotion case arrives on the real topic as the command-service and its saga publish it; HR and the
 * council audit its trail, its nominator and the employee's manager see it whole, the employee sees it
 * without individual calibration feedback, anyone else is refused.
 */
@QueryServiceIntegrationTest
class PromotionCaseIntegrationTest {

    private static final OffsetDateTime START = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);

    @Autowired
    QueryServiceClient client;

    private String employeeId;
    private String managerId;
    private String caseId;
    private String employee;
    private String manager;
    private String council;
    private String hr;
    private String stranger;
    private int published;

    @BeforeEach
    void setUp() {
        employeeId = UUID.randomUUID().toString();
        managerId = UUID.randomUUID().toString();
        caseId = UUID.randomUUID().toString();
        employee = client.token(employeeId, "EMPLOYEE");
        manager = client.token(managerId, "MANAGER", "EMPLOYEE");
        council = client.token("council-1", "COUNCIL");
        hr = client.token("hr-7", "HR");
        stranger = client.token(UUID.randomUUID().toString(), "MANAGER", "EMPLOYEE");
        client.publish(QueryServiceClient.employeeRegistered(employeeId + "-registered", employeeId, "Ada Lovelace", managerId,
                "hr-1", START));
    }

    @Test
    void theTrailShowsEveryStepInOrderWithActorReasonCorrelationAndFrameworkVersion() {
        promoteAda();

        JsonNode trail = client.awaitBody(trailPath(), hr, body -> body.path("status").asString().equals("PROMOTED"));
        assertThat(trail.path("steps")).extracting(step -> step.path("kind").asString()).containsExactly(
                "NOMINATED", "EVIDENCE_ATTACHED", "FEEDBACK_GIVEN", "FEEDBACK_GIVEN", "FEEDBACK_GIVEN", "DECIDED",
                "PROMOTION_APPLIED", "PROMOTION_COMPLETED");
        assertThat(trail.path("steps")).extracting(step -> step.path("stepNumber").asInt()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(trail.path("steps")).allSatisfy(step -> {
            assertThat(step.path("frameworkId").asString()).isEqualTo("three-track");
            assertThat(step.path("frameworkVersion").asInt()).isEqualTo(2);
        });
        JsonNode nomination = trail.path("steps").get(0);
        assertThat(nomination.path("actorId").asString()).isEqualTo(managerId);
        assertThat(nomination.path("correlationId").asString()).isEqualTo("corr-" + caseId);
        assertThat(nomination.path("reason").asString()).isEqualTo("Ready for level 3");
        assertThat(nomination.path("details").path("justification").asString()).isEqualTo("Leads the ledger split");
        assertThat(nomination.path("details").path("readiness").path("expectations").get(0).path("competencyId").asString())
                .isEqualTo("system-design");
        JsonNode changedMind = trail.path("steps").get(4);
        assertThat(changedMind.path("actorId").asString()).isEqualTo("council-2");
        assertThat(changedMind.path("details").path("stance").asString()).isEqualTo("SUPPORT");
        assertThat(changedMind.path("details").path("previousStance").asString()).isEqualTo("CONCERN");
        assertThat(trail.path("steps").get(3).path("details").has("previousStance")).isFalse();
        JsonNode decision = trail.path("steps").get(5);
        assertThat(decision.path("details").path("decision").asString()).isEqualTo("APPROVE");
        assertThat(decision.path("details").path("rationale").asString()).isEqualTo("Consistently at level 3");
        assertThat(trail.path("steps").get(6).path("details").path("grade").asString()).isEqualTo("G3");
        assertThat(trail.path("steps").get(6).path("occurredAt").asString())
                .isGreaterThan(decision.path("occurredAt").asString());
    }

    @Test
    void eachReaderSeesTheCaseTheirPlaceAllowsAndTheEmployeeNeverTheIndividualFeedback() {
        promoteAda();
        client.awaitBody(casePath(), hr, body -> body.path("status").asString().equals("PROMOTED"));

        for (String reader : List.of(hr, council, manager)) {
            JsonNode full = client.get(casePath(), reader).json();
            assertThat(full.path("stances")).extracting(stance -> stance.path("memberId").asString())
                    .containsExactly("council-1", "council-2");
            assertThat(full.path("stances").get(1).path("stance").asString()).isEqualTo("SUPPORT");
            assertThat(full.path("stances").get(0).path("comment").asString()).isEqualTo("Strong designs");
        }
        JsonNode own = client.get(casePath(), employee).json();
        assertThat(own.has("stances")).isFalse();
        assertThat(own.toString()).doesNotContain("Strong designs", "council-1");
        assertThat(own.path("feedbackCounts").path("SUPPORT").asInt()).isEqualTo(2);
        assertThat(own.path("feedbackCounts").path("CONCERN").asInt()).isZero();
        assertThat(own.path("decision").asString()).isEqualTo("APPROVE");
        assertThat(own.path("rationale").asString()).isEqualTo("Consistently at level 3");
        assertThat(own.path("nominatedBy").asString()).isEqualTo(managerId);
        assertThat(own.path("toLevel").asInt()).isEqualTo(3);
        assertThat(own.path("effectiveDate").asString()).isEqualTo("2026-07-01");
        assertThat(own.path("evidence").get(0).path("description").asString()).isEqualTo("Architecture decision record");
        assertThat(own.path("readiness").path("expectations").get(0).path("met").asBoolean()).isTrue();

        // a council member never reads the calibration of their own case
        String employeeOnCouncil = client.token(employeeId, "EMPLOYEE", "COUNCIL");
        assertThat(client.get(casePath(), employeeOnCouncil).json().has("stances")).isFalse();
        assertRefused(client.get(trailPath(), employeeOnCouncil), 403);
        assertRefused(client.get(casePath(), stranger), 403);
        assertRefused(client.get(casePath(), null), 401);
        assertRefused(client.get(trailPath(), employee), 403);
        assertRefused(client.get(trailPath(), manager), 403);
        assertRefused(client.get(trailPath(), stranger), 403);
        assertRefused(client.get(trailPath(), null), 401);
        assertThat(client.get(trailPath(), council).status()).isEqualTo(200);
        assertRefused(client.get("/api/promotion-cases/" + UUID.randomUUID(), hr), 404);
        assertRefused(client.get("/api/promotion-cases/" + UUID.randomUUID() + "/trail", council), 404);
    }

    @Test
    void anEmployeesCasesAreListedNewestFirstWithoutIndividualFeedbackForThemself() {
        promoteAda();
        String earlier = caseId;
        caseId = UUID.randomUUID().toString();
        publish(nomination(), managerId);
        publish(new PromotionFeedbackGiven(employeeId, caseId, "council-1", FeedbackStance.OBJECT, "Too soon"), "council-1");
        client.awaitBody(casePath(), hr, body -> body.path("feedbackCounts").path("OBJECT").asInt() == 1);
        client.awaitBody("/api/promotion-cases/" + earlier, hr, body -> body.path("status").asString().equals("PROMOTED"));

        String list = "/api/employees/" + employeeId + "/promotion-cases";
        for (String reader : List.of(hr, manager, employee)) {
            JsonNode page = client.get(list, reader).json();
            assertThat(page.path("content")).extracting(item -> item.path("caseId").asString()).containsExactly(caseId, earlier);
            assertThat(page.path("page").path("totalElements").asInt()).isEqualTo(2);
        }
        assertThat(client.get(list, manager).json().path("content").get(0).path("stances")).hasSize(1);
        assertThat(client.get(list, employee).json().path("content")).allSatisfy(item -> assertThat(item.has("stances")).isFalse());
        assertThat(client.get(list + "?size=1&page=1", employee).json().path("content").get(0).path("caseId").asString())
                .isEqualTo(earlier);
        assertRefused(client.get(list, stranger), 403);
        assertRefused(client.get(list, council), 403);
        assertRefused(client.get(list, null), 401);
    }

    @Test
    void aRedeliveredFeedbackChangesNothingAndAWithdrawalEndsTheTrail() {
        publish(nomination(), managerId);
        PromotionFeedbackGiven feedback = new PromotionFeedbackGiven(employeeId, caseId, "council-1", FeedbackStance.CONCERN, "Thin");
        String feedbackEvent = caseId + "-feedback";
        client.publish(QueryServiceClient.careerEvent(feedbackEvent, feedback, "council-1", START.plusMinutes(50)));
        client.publish(QueryServiceClient.careerEvent(feedbackEvent, feedback, "council-1", START.plusMinutes(50)));
        publish(new PromotionWithdrawn(employeeId, caseId, "Ada moves team first", managerId), managerId);

        JsonNode trail = client.awaitBody(trailPath(), hr, body -> body.path("status").asString().equals("WITHDRAWN"));
        assertThat(trail.path("steps")).extracting(step -> step.path("kind").asString())
                .containsExactly("NOMINATED", "FEEDBACK_GIVEN", "WITHDRAWN");
        JsonNode withdrawn = client.get(casePath(), manager).json();
        assertThat(withdrawn.path("withdrawalReason").asString()).isEqualTo("Ada moves team first");
        assertThat(withdrawn.path("feedbackCounts").path("CONCERN").asInt()).isEqualTo(1);
        assertThat(withdrawn.path("stances")).hasSize(1);
    }

    @Test
    void hrAndTheCouncilFindEveryCaseByStatusAndNobodyElseListsThem() {
        publish(nomination(), managerId);
        String open = caseId;
        caseId = UUID.randomUUID().toString();
        publish(nomination(), managerId);
        publish(new PromotionWithdrawn(employeeId, caseId, "Ada moves team first", managerId), managerId);
        client.awaitBody(casePath(), hr, body -> body.path("status").asString().equals("WITHDRAWN"));

        for (String reader : List.of(hr, council)) {
            assertThat(client.get("/api/promotion-cases?size=500", reader).json().path("content"))
                    .extracting(item -> item.path("caseId").asString()).contains(open, caseId);
            JsonNode withdrawn = client.get("/api/promotion-cases?status=WITHDRAWN&size=500", reader).json().path("content");
            assertThat(withdrawn).extracting(item -> item.path("caseId").asString()).contains(caseId).doesNotContain(open);
            assertThat(withdrawn).allSatisfy(item -> assertThat(item.path("status").asString()).isEqualTo("WITHDRAWN"));
        }
        assertRefused(client.get("/api/promotion-cases?status=LOST", hr), 400);
        assertRefused(client.get("/api/promotion-cases", manager), 403);
        assertRefused(client.get("/api/promotion-cases", employee), 403);
        assertRefused(client.get("/api/promotion-cases", null), 401);
    }

    /** Nominated by the manager, evidenced, two council members (one changes their mind), approved, applied by the saga. */
    private void promoteAda() {
        published++;
        client.publish(CloudEventBuilder.v1(QueryServiceClient.careerEvent(UUID.randomUUID().toString(), nomination(), managerId,
                        START.plusMinutes(published)))
                .withExtension("correlationid", "corr-" + caseId)
                .withExtension("reason", "Ready for level 3")
                .build());
        publish(new PromotionEvidenceAttached(employeeId, caseId, "ev-1", "Architecture decision record", "https://adr/1", employeeId),
                employeeId);
        publish(new PromotionFeedbackGiven(employeeId, caseId, "council-1", FeedbackStance.SUPPORT, "Strong designs"), "council-1");
        publish(new PromotionFeedbackGiven(employeeId, caseId, "council-2", FeedbackStance.CONCERN, "Little mentoring"), "council-2");
        publish(new PromotionFeedbackGiven(employeeId, caseId, "council-2", FeedbackStance.SUPPORT, "Mentoring since March"),
                "council-2");
        publish(new PromotionDecided(employeeId, caseId, PromotionDecision.APPROVE, "Consistently at level 3", "hr-7",
                LocalDate.of(2026, 7, 1), 2), "hr-7");
        publish(new PromotionApplied(employeeId, caseId, 2, 3, "Senior Engineer", "G3", "B3", LocalDate.of(2026, 7, 1)), "hr-7");
        publish(new PromotionCompleted(employeeId, caseId, 3), "hr-7");
    }

    private PromotionNominated nomination() {
        return new PromotionNominated(employeeId, caseId, "three-track", 2, "expert", 2, 3, "Leads the ledger split", null,
                managerId, new ReadinessSnapshot(
                        List.of(new ReadinessSnapshot.ExpectationReadiness("system-design", 3, 3, "as-1", true)),
                        List.of(new ReadinessSnapshot.MilestoneReadiness("m-1", true)), List.of("g-1"), List.of()));
    }

    /** One after the other, a minute apart, as the command-service would publish them. */
    private void publish(CareerEvent event, String actor) {
        published++;
        client.publish(QueryServiceClient.careerEvent(UUID.randomUUID().toString(), event, actor, START.plusMinutes(published)));
    }

    private String casePath() {
        return "/api/promotion-cases/" + caseId;
    }

    private String trailPath() {
        return casePath() + "/trail";
    }

    private static void assertRefused(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }
}
