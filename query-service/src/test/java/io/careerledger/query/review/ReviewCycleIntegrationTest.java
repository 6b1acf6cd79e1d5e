package io.careerledger.query.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import io.cloudevents.core.builder.CloudEventBuilder;
import tools.jackson.databind.JsonNode;

import io.careerledger.events.AssessorRole;
import io.careerledger.events.CareerEvent;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.events.MissingAssessment;
import io.careerledger.events.ReviewCycleClosed;
import io.careerledger.events.ReviewCycleDeadlinePassed;
import io.careerledger.events.ReviewCycleOpened;
import io.careerledger.events.ReviewCyclePhaseStarted;
import io.careerledger.events.ReviewPhase;
import io.careerledger.events.ReviewPopulation;
import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceClient.Response;
import io.careerledger.query.support.QueryServiceIntegrationTest;

/**
 * A review cycle over one manager's team arrives on the real topic with assessments made into it; HR
 * sees who missed which deadline as the command side recorded it and how complete each cycle is, a manager sees the cycles with only
 * their own reports named as missing.
 */
@QueryServiceIntegrationTest
class ReviewCycleIntegrationTest {

    private static final OffsetDateTime START = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2);
    private static final LocalDate SELF_DEADLINE = LocalDate.of(2026, 3, 31);

    @Autowired
    QueryServiceClient client;

    private String cycleId;
    private String managerId;
    private String ada;
    private String grace;
    private String outsider;
    private String hr;
    private String manager;

    @BeforeEach
    void setUp() {
        cycleId = "cycle-" + UUID.randomUUID();
        managerId = UUID.randomUUID().toString();
        ada = UUID.randomUUID().toString();
        grace = UUID.randomUUID().toString();
        outsider = UUID.randomUUID().toString();
        hr = client.token("hr-7", "HR");
        manager = client.token(managerId, "MANAGER", "EMPLOYEE");
        client.publish(QueryServiceClient.employeeRegistered(ada + "-registered", ada, "Ada Lovelace", managerId, "hr-1", START));
        client.publish(QueryServiceClient.employeeRegistered(grace + "-registered", grace, "Grace Hopper", managerId, "hr-1", START));
        client.publish(QueryServiceClient.employeeRegistered(outsider + "-registered", outsider, "Alan Turing",
                UUID.randomUUID().toString(), "hr-1", START));
    }

    @Test
    void aPassedDeadlineShowsWhoTheCommandSideRecordedAsMissing() {
        runCycleToCalibration();

        JsonNode cycle = client.awaitBody(cyclePath(), hr, body -> body.path("passedDeadlines").size() == 1);
        assertThat(cycle.path("name").asString()).isEqualTo("2026 H1");
        assertThat(cycle.path("phase").asString()).isEqualTo("MANAGER_ASSESSMENT");
        assertThat(cycle.path("selfAssessmentDeadline").asString()).isEqualTo("2026-03-31");
        assertThat(cycle.path("population").path("managerIds").get(0).asString()).isEqualTo(managerId);
        assertThat(cycle.path("populationSize").asInt()).isEqualTo(2);
        JsonNode passed = cycle.path("passedDeadlines").get(0);
        assertThat(passed.path("phase").asString()).isEqualTo("SELF_ASSESSMENT");
        assertThat(passed.path("deadline").asString()).isEqualTo("2026-03-31");
        // as recorded, although Grace has assessed herself since and Alan is not in the population the read side knows
        assertThat(passed.path("missing")).extracting(person -> person.path("employeeId").asString())
                .containsExactly(grace, outsider);
        assertThat(passed.path("missing").get(0).path("owedBy").asString()).isEqualTo(grace);
        assertThat(client.get(cyclePath(), manager).json().path("passedDeadlines").get(0).path("missing"))
                .extracting(person -> person.path("employeeId").asString()).containsExactly(grace);
        String otherManager = client.token(UUID.randomUUID().toString(), "MANAGER");
        assertThat(client.get(cyclePath(), otherManager).json().path("passedDeadlines").get(0).path("missing")).isEmpty();
    }

    @Test
    void aRevisionOneDeadlineRecordedNobodyAndSaysSo() {
        publish(opened(), 0);
        ReviewCycleDeadlinePassed passed = new ReviewCycleDeadlinePassed(cycleId, ReviewPhase.SELF_ASSESSMENT, SELF_DEADLINE, List.of());
        client.publish(CloudEventBuilder.v1(QueryServiceClient.careerEvent(UUID.randomUUID().toString(), passed, "system",
                        START.plusMinutes(1)))
                .withType("io.careerledger.ReviewCycleDeadlinePassed.v1")
                .withData("application/json", """
                        {"cycleId":"%s","phase":"SELF_ASSESSMENT","deadline":"2026-03-31"}""".formatted(cycleId)
                        .getBytes(StandardCharsets.UTF_8))
                .build());

        JsonNode cycle = client.awaitBody(cyclePath(), hr, body -> body.path("passedDeadlines").size() == 1);
        assertThat(cycle.path("passedDeadlines").get(0).path("phase").asString()).isEqualTo("SELF_ASSESSMENT");
        assertThat(cycle.path("passedDeadlines").get(0).path("missing").isNull()).isTrue();
        assertThat(client.get(cyclePath(), manager).json().path("passedDeadlines").get(0).path("missing").isNull()).isTrue();
    }

    @Test
    void completionCountsEachKindOfAssessmentAgainstThePopulation() {
        runCycleToCalibration();
        publish(assessment(ada, AssessorRole.MANAGER), 20);
        client.publish(QueryServiceClient.careerEvent(cycleId + "-closed", new ReviewCycleClosed(cycleId, "hr-7"), "hr-7",
                START.plusMinutes(30)));

        JsonNode completion = client.awaitBody("/api/analytics/review-cycle-completion?size=100", hr,
                body -> body.path("content").valueStream().anyMatch(item -> item.path("cycleId").asString().equals(cycleId)
                        && item.path("closed").asBoolean() && item.path("managerAssessments").path("done").asInt() == 1));
        JsonNode ours = completion.path("content").valueStream()
                .filter(item -> item.path("cycleId").asString().equals(cycleId)).findFirst().orElseThrow();
        assertThat(ours.path("populationSize").asInt()).isEqualTo(2);
        assertThat(ours.path("selfAssessments").path("done").asInt()).isEqualTo(2);
        assertThat(ours.path("selfAssessments").path("expected").asInt()).isEqualTo(2);
        assertThat(ours.path("managerAssessments").path("expected").asInt()).isEqualTo(2);
        assertThat(ours.path("calibrations").path("done").asInt()).isZero();
        assertThat(ours.path("percentComplete").asDouble()).isEqualTo(50.0);
    }

    @Test
    void cyclesAreListedNewestFirstAndARedeliveredDeadlineIsKeptOnce() {
        String earlier = cycleId;
        publish(opened(), 0);
        cycleId = "cycle-" + UUID.randomUUID();
        publish(opened(), 1);
        ReviewCycleDeadlinePassed passed = new ReviewCycleDeadlinePassed(cycleId, ReviewPhase.SELF_ASSESSMENT, SELF_DEADLINE,
                List.of(new MissingAssessment(ada, ada), new MissingAssessment(grace, grace)));
        client.publish(QueryServiceClient.careerEvent(cycleId + "-passed", passed, "system", START.plusMinutes(2)));
        client.publish(QueryServiceClient.careerEvent(cycleId + "-passed", passed, "system", START.plusMinutes(2)));
        publish(new ReviewCyclePhaseStarted(cycleId, ReviewPhase.SELF_ASSESSMENT, ReviewPhase.MANAGER_ASSESSMENT), 3);

        JsonNode cycle = client.awaitBody(cyclePath(), hr, body -> body.path("phase").asString().equals("MANAGER_ASSESSMENT"));
        assertThat(cycle.path("passedDeadlines")).hasSize(1);
        assertThat(cycle.path("passedDeadlines").get(0).path("missing")).hasSize(2);
        client.awaitBody("/api/review-cycles/" + earlier, hr, body -> true);
        JsonNode page = client.get("/api/review-cycles?size=500", manager).json();
        List<String> listed = page.path("content").valueStream().map(item -> item.path("cycleId").asString())
                .filter(id -> id.equals(cycleId) || id.equals(earlier)).toList();
        assertThat(listed).containsExactly(cycleId, earlier);
        assertThat(client.get("/api/review-cycles?size=1", hr).json().path("page").path("size").asInt()).isEqualTo(1);
    }

    @Test
    void employeesAreRefusedManagersSeeCyclesButNotAnalyticsAndUnknownCyclesAre404() {
        publish(opened(), 0);
        client.awaitBody(cyclePath(), hr, body -> true);
        String employee = client.token(ada, "EMPLOYEE");
        String council = client.token("council-1", "COUNCIL");

        for (String path : List.of("/api/review-cycles", cyclePath(), "/api/analytics/review-cycle-completion")) {
            assertRefused(client.get(path, employee), 403);
            assertRefused(client.get(path, council), 403);
            assertRefused(client.get(path, null), 401);
        }
        assertThat(client.get("/api/review-cycles", manager).status()).isEqualTo(200);
        assertRefused(client.get("/api/analytics/review-cycle-completion", manager), 403);
        assertRefused(client.get("/api/review-cycles/" + UUID.randomUUID(), hr), 404);
    }

    /** Opened for the manager's team; Ada assesses herself in time, the deadline passes, then Grace does. */
    private void runCycleToCalibration() {
        publish(opened(), 0);
        publish(assessment(ada, AssessorRole.SELF), 1);
        client.awaitBody("/api/analytics/review-cycle-completion?size=500", hr, body -> body.path("content").valueStream()
                .anyMatch(item -> item.path("cycleId").asString().equals(cycleId) && item.path("selfAssessments").path("done").asInt() == 1));
        publish(new ReviewCycleDeadlinePassed(cycleId, ReviewPhase.SELF_ASSESSMENT, SELF_DEADLINE,
                List.of(new MissingAssessment(grace, grace), new MissingAssessment(outsider, outsider))), 5);
        publish(new ReviewCyclePhaseStarted(cycleId, ReviewPhase.SELF_ASSESSMENT, ReviewPhase.MANAGER_ASSESSMENT), 6);
        publish(assessment(grace, AssessorRole.SELF), 10);
        publish(assessment(outsider, AssessorRole.SELF), 11);
    }

    private ReviewCycleOpened opened() {
        return new ReviewCycleOpened(cycleId, "2026 H1", "three-track", new ReviewPopulation(false, List.of(managerId), List.of()),
                SELF_DEADLINE, LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31), "hr-7");
    }

    private CompetencyAssessed assessment(String employeeId, AssessorRole role) {
        return new CompetencyAssessed(employeeId, UUID.randomUUID().toString(), "system-design", role,
                role == AssessorRole.SELF ? employeeId : managerId, 3, List.of(), null, cycleId, null, "three-track", 1);
    }

    private void publish(CareerEvent event, int minute) {
        client.publish(QueryServiceClient.careerEvent(UUID.randomUUID().toString(), event, "hr-7", START.plusMinutes(minute)));
    }

    private String cyclePath() {
        return "/api/review-cycles/" + cycleId;
    }

    private static void assertRefused(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }
}
