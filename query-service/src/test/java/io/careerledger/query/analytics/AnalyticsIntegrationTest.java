package io.careerledger.query.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.AssessorRole;
import io.careerledger.events.EmployeeOffboarded;
import io.careerledger.events.PromotionApplied;
import io.careerledger.events.PromotionDecided;
import io.careerledger.events.PromotionDecision;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.ReadinessSnapshot;
import io.careerledger.events.TrackChosen;
import io.careerledger.query.support.CareerEvents;
import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceClient.Response;
import io.careerledger.query.support.QueryServiceIntegrationTest;

/** Organisation analytics over a small organisation of its own framework, from the real topic. */
@QueryServiceIntegrationTest
class AnalyticsIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    QueryServiceClient client;

    private CareerEvents career;
    private String hr;
    private String scope;

    @BeforeEach
    void setUp() {
        career = new CareerEvents(client);
        hr = client.token("hr-1", "HR");
        scope = "?frameworkId=" + career.frameworkId();
    }

    @Test
    void headCountSwitchesAndPromotionParityPerTrackAndThePromotionOnTheDashboard() {
        career.publishFramework();
        String promoted = career.employeeOnTrack("Ada", "mgr-1", "expert");
        String switcher = career.employeeOnTrack("Grace", "mgr-1", "expert");
        career.employeeOnTrack("Barbara", "mgr-1", "leader");
        String leaver = career.employeeOnTrack("Frances", "mgr-1", "expert");
        career.publish(new TrackChosen(switcher, career.frameworkId(), 1, "expert", "leader", 4, "Wants to lead", "mgr-1", null), "mgr-1");
        career.publish(new EmployeeOffboarded(leaver, TODAY, "Moved abroad"), "hr-1");
        career.publish(new PromotionNominated(promoted, "case-" + promoted, career.frameworkId(), 1, "expert", 4, 5, "Ready", null, "mgr-1",
                new ReadinessSnapshot(List.of(), List.of(), List.of(), List.of())), "mgr-1");
        career.publish(new PromotionDecided(promoted, "case-" + promoted, PromotionDecision.APPROVE, "Ready", "council-1", TODAY, 3),
                "council-1");
        career.publish(new PromotionApplied(promoted, "case-" + promoted, 4, 5, "Senior Specialist", "G5", "B5", TODAY), "system");
        // a track of the same id in another framework, promoted earlier: not counted here
        CareerEvents elsewhere = new CareerEvents(client);
        elsewhere.publishFramework();
        String other = elsewhere.employeeOnTrack("Edsger", "mgr-2", "expert");
        elsewhere.publish(new PromotionNominated(other, "case-" + other, elsewhere.frameworkId(), 1, "expert", 4, 5, "Ready", null,
                "mgr-2", new ReadinessSnapshot(List.of(), List.of(), List.of(), List.of())), "mgr-2");
        elsewhere.publish(new PromotionApplied(other, "case-" + other, 4, 5, "Senior Specialist", "G5", "B5", TODAY.minusDays(3)),
                "system");

        JsonNode headCount = awaitBody("/api/analytics/head-count" + scope, body -> body.size() == 2
                && body.get(0).path("level").asInt() == 5 && body.get(1).path("people").asInt() == 2);
        JsonNode dashboard = awaitBody("/api/employees/" + promoted + "/dashboard", body -> !body.path("title").isNull());
        awaitBody("/api/employees/" + other + "/dashboard", body -> !body.path("title").isNull());
        assertThat(dashboard.path("level").asInt()).isEqualTo(5);
        assertThat(dashboard.path("title").asString()).isEqualTo("Senior Specialist");
        assertThat(dashboard.path("levelSince").asString()).isEqualTo(TODAY.toString());
        assertThat(dashboard.path("readiness").isNull()).as("the top of the track").isTrue();
        assertThat(dashboard.path("openPromotionCase").path("status").asString())
                .as("approved and applied, not completed yet").isEqualTo("DECIDED");
        assertThat(dashboard.path("openPromotionCase").path("decision").asString()).isEqualTo("APPROVE");
        assertThat(headCount).extracting(row -> row.path("trackId").asString() + "/" + row.path("level").asInt() + ":" + row.path("people").asInt())
                .containsExactly("expert/5:1", "leader/4:2");

        JsonNode switches = body(client.get("/api/analytics/track-switches" + scope + "&from=" + TODAY + "&to=" + TODAY, hr));
        assertThat(switches).hasSize(1);
        assertThat(switches.get(0).path("month").asString()).isEqualTo(TODAY.toString().substring(0, 7));
        assertThat(switches.get(0).path("fromTrackId").asString()).isEqualTo("expert");
        assertThat(switches.get(0).path("toTrackId").asString()).isEqualTo("leader");
        assertThat(switches.get(0).path("switches").asInt()).isEqualTo(1);
        assertThat(body(client.get("/api/analytics/track-switches" + scope + "&to=" + TODAY.minusMonths(1), hr))).isEmpty();

        JsonNode parity = body(client.get("/api/analytics/promotions" + scope + "&from=" + TODAY.withDayOfMonth(1), hr));
        assertThat(parity.path("overallRate").asDouble()).isEqualTo(1.0 / 3);
        assertThat(parity.path("overallMedianDaysToPromotion").asDouble()).as("the other framework's promotion not counted")
                .isEqualTo(ChronoUnit.DAYS.between(CareerEvents.HIRED, TODAY));
        JsonNode expert = parity.path("tracks").get(0);
        assertThat(expert.path("trackId").asString()).isEqualTo("expert");
        assertThat(expert.path("headCount").asInt()).isEqualTo(1);
        assertThat(expert.path("promotions").asInt()).isEqualTo(1);
        assertThat(expert.path("rate").asDouble()).isEqualTo(1.0);
        assertThat(expert.path("medianDaysToPromotion").asDouble()).isEqualTo(ChronoUnit.DAYS.between(CareerEvents.HIRED, TODAY));
        JsonNode leader = parity.path("tracks").get(1);
        assertThat(leader.path("headCount").asInt()).isEqualTo(2);
        assertThat(leader.path("rate").asDouble()).isZero();
        assertThat(leader.path("medianDaysToPromotion").isNull()).isTrue();
        JsonNode before = body(client.get("/api/analytics/promotions" + scope + "&to=" + TODAY.minusDays(1), hr));
        assertThat(before.path("overallRate").asDouble()).isZero();
        assertThat(before.path("overallMedianDaysToPromotion").isNull()).isTrue();
    }

    @Test
    void assessorsWhoseMeanStraysBeyondTheThresholdOnEnoughRatingsAreOutliers() {
        String employeeId = career.employeeOnTrack("Ada", "mgr-1", "expert");
        String lenient = "lenient-" + UUID.randomUUID();
        String severe = "severe-" + UUID.randomUUID();
        String fair = "fair-" + UUID.randomUUID();
        String rare = "rare-" + UUID.randomUUID();
        rate(employeeId, lenient, AssessorRole.MANAGER, 4, 4, 4, 4, 4);
        rate(employeeId, severe, AssessorRole.PEER, 1, 1, 1, 1, 1);
        rate(employeeId, fair, AssessorRole.PEER, 2, 3, 2, 3, 3);
        rate(employeeId, rare, AssessorRole.PEER, 4);
        rate(employeeId, employeeId, AssessorRole.SELF, 4, 4);

        JsonNode distribution = awaitBody("/api/analytics/ratings" + scope + "&threshold=0.5&minRatings=5",
                body -> body.path("ratings").asInt() == 16);
        assertThat(distribution.path("overallMean").asDouble()).isEqualTo(42.0 / 16);
        assertThat(distribution.path("assessors")).extracting(row -> row.path("assessorId").asString())
                .containsExactlyInAnyOrder(lenient, severe, fair, rare);
        assertThat(assessor(distribution, lenient).path("outlier").asString()).isEqualTo("LENIENT");
        assertThat(assessor(distribution, lenient).path("distribution").path("4").asInt()).isEqualTo(5);
        assertThat(assessor(distribution, severe).path("outlier").asString()).isEqualTo("SEVERE");
        assertThat(assessor(distribution, fair).path("outlier").isNull()).isTrue();
        assertThat(assessor(distribution, fair).path("mean").asDouble()).isEqualTo(2.6);
        assertThat(assessor(distribution, rare).path("outlier").isNull()).as("one rating is too few to judge").isTrue();
        JsonNode loose = body(client.get("/api/analytics/ratings" + scope + "&threshold=2&minRatings=1", hr));
        assertThat(assessor(loose, lenient).path("outlier").isNull()).isTrue();
    }

    @Test
    void analyticsAreForHrAndRefuseNonsenseAsProblems() {
        for (String path : List.of("/api/analytics/head-count", "/api/analytics/track-switches", "/api/analytics/promotions",
                "/api/analytics/ratings")) {
            assertThat(client.get(path, hr).status()).as(path).isEqualTo(200);
            assertThat(client.get(path, client.token("mgr-1", "MANAGER", "EMPLOYEE")).status()).as(path).isEqualTo(403);
            Response anonymous = client.get(path, null);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.contentType()).isEqualTo("application/problem+json");
        }
        for (String path : List.of("/api/analytics/ratings?threshold=0", "/api/analytics/ratings?minRatings=0",
                "/api/analytics/track-switches?from=2026-02-01&to=2026-01-01", "/api/analytics/promotions?from=yesterday")) {
            Response refused = client.get(path, hr);
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.contentType()).as(path).isEqualTo("application/problem+json");
        }
    }

    private void rate(String employeeId, String assessorId, AssessorRole role, int... proficiencies) {
        for (int proficiency : proficiencies) {
            career.publish(career.assessment(employeeId, "craft", role, assessorId, proficiency, null), assessorId);
        }
    }

    private static JsonNode assessor(JsonNode distribution, String assessorId) {
        for (JsonNode row : distribution.path("assessors")) {
            if (row.path("assessorId").asString().equals(assessorId)) {
                return row;
            }
        }
        throw new AssertionError("No " + assessorId + " in " + distribution);
    }

    private JsonNode awaitBody(String path, Predicate<JsonNode> ready) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response response = client.get(path, hr);
            return response.status() == 200 ? JSON.readTree(response.body()) : null;
        }, body -> body != null && ready.test(body));
    }

    private static JsonNode body(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
