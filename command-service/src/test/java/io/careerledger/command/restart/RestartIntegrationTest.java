package io.careerledger.command.restart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.postgresql.Driver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import io.careerledger.command.CommandServiceApplication;
import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.StoredEvents;
import io.careerledger.testsupport.RealInfrastructureInitializer;
import io.careerledger.testsupport.SharedInfrastructure;

/**
 * What the command-service promised before it stopped still happens after it starts again: a review
 * cycle's deadline persisted by the deadline manager, and a promotion saga that had not yet seen the
 * decision. Each run starts real applications on a database of their own (so no other test context in
 * this JVM can do the work) and closes the first before the work is due.
 */
class RestartIntegrationTest {

    private static final String DATABASE = "command-service-restarts";

    @Test
    void aReviewCycleDeadlineFiresAfterARestartAndSaysWhoIsMissingTheirSelfAssessment() {
        // the organisation's day ends in a minute: a self-assessment deadline of "today" passes then
        Instant dayEnds = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        ZoneOffset zone = zoneWhereTheDayEndsAt(dayEnds);
        LocalDate today = LocalDate.ofInstant(Instant.now(), zone);
        String cycleId = UUID.randomUUID().toString();
        String assessed = UUID.randomUUID().toString();
        String notAssessed = UUID.randomUUID().toString();
        String managerId = UUID.randomUUID().toString();

        try (ConfigurableApplicationContext first = start(zone)) {
            ApiClient api = api(first);
            String hr = api.token("hr-1", "HR");
            String frameworkId = publishFramework(api, hr);
            for (String employeeId : List.of(assessed, notAssessed)) {
                register(api, hr, employeeId, managerId, frameworkId, 2);
            }
            assertThat(api.post("/api/review-cycles", hr, """
                    {"cycleId": "%s", "name": "Restart", "frameworkId": "%s", "population": {"everyone": true},
                     "selfAssessmentDeadline": "%s", "managerAssessmentDeadline": "%s", "calibrationDeadline": "%s"}"""
                    .formatted(cycleId, frameworkId, today, today.plusDays(1), today.plusDays(2))).status()).isEqualTo(201);
            assertThat(api.post("/api/employees/" + assessed + "/assessments", api.token(assessed, "EMPLOYEE"), """
                    {"assessmentId": "%s", "competencyId": "craft", "assessorRole": "SELF", "proficiency": 3, "reviewCycleId": "%s"}"""
                    .formatted(UUID.randomUUID(), cycleId)).status()).isEqualTo(200);
        }
        assertThat(Instant.now()).as("the first application stopped before the deadline passed").isBefore(dayEnds);
        assertThat(eventTypes(cycleId)).containsExactly("ReviewCycleOpened");

        try (ConfigurableApplicationContext second = start(zone)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                    assertThat(StoredEvents.typesOf(jdbc, cycleId)).containsExactly("ReviewCycleOpened", "ReviewCycleDeadlinePassed"));
            String passed = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?"
                    + " AND payload_type = 'io.careerledger.events.ReviewCycleDeadlinePassed'", String.class, cycleId);
            assertThat(passed).contains("\"phase\":\"SELF_ASSESSMENT\"", "\"deadline\":\"" + today + "\"",
                            "\"missing\":[{\"employeeId\":\"" + notAssessed + "\",\"owedBy\":\"" + notAssessed + "\"}]")
                    .doesNotContain(assessed);
        }
    }

    @Test
    void aPromotionApprovedWhileTheSagaWasStoppedIsAppliedAfterARestart() {
        String caseId = UUID.randomUUID().toString();
        String employeeId = UUID.randomUUID().toString();
        String managerId = UUID.randomUUID().toString();

        try (ConfigurableApplicationContext first = start(ZoneOffset.UTC)) {
            ApiClient api = api(first);
            String hr = api.token("hr-1", "HR");
            register(api, hr, employeeId, managerId, publishFramework(api, hr), 2);
            assertThat(api.post("/api/employees/" + employeeId + "/track", api.token(employeeId, "EMPLOYEE"), """
                    {"trackId": "expert", "reason": "Strengths", "agreedBy": "%s"}""".formatted(managerId)).status()).isEqualTo(200);
            assertThat(api.post("/api/promotion-cases", api.token(managerId, "MANAGER"), """
                    {"caseId": "%s", "employeeId": "%s", "targetLevel": 3, "justification": "Leads the payments redesign"}"""
                    .formatted(caseId, employeeId)).status()).isEqualTo(201);
            for (String member : List.of("council-1", "council-2")) {
                assertThat(api.post("/api/promotion-cases/" + caseId + "/feedback", api.token(member, "COUNCIL"), """
                        {"stance": "SUPPORT", "comment": "Ready"}""").status()).isEqualTo(204);
            }
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            // the saga has started for the case; then it stops, as it would when the service goes down
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM association_value_entry WHERE association_key = 'caseId' AND association_value = ?",
                    Integer.class, caseId) > 0);
            first.getBean(EventProcessingConfiguration.class).eventProcessor("PromotionSagaProcessor").ifPresent(EventProcessor::shutDown);
            assertThat(api.post("/api/promotion-cases/" + caseId + "/decision", api.token("council-3", "COUNCIL"), """
                    {"decision": "APPROVE", "rationale": "Expectations met"}""").status()).isEqualTo(204);
        }
        assertThat(eventTypes(employeeId)).doesNotContain("PromotionApplied");

        try (ConfigurableApplicationContext second = start(ZoneOffset.UTC)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(StoredEvents.typesOf(jdbc, employeeId)).endsWith("PromotionApplied");
                assertThat(StoredEvents.typesOf(jdbc, caseId)).endsWith("PromotionDecided", "PromotionCompleted");
            });
        }
    }

    /** The offset at which {@code dayEnds} is midnight: at most twelve hours either side of UTC. */
    private static ZoneOffset zoneWhereTheDayEndsAt(Instant dayEnds) {
        int secondOfDay = LocalTime.ofInstant(dayEnds, ZoneOffset.UTC).toSecondOfDay();
        int offset = Math.floorMod(-secondOfDay, 86_400);
        return ZoneOffset.ofTotalSeconds(offset > 43_200 ? offset - 86_400 : offset);
    }

    private static ConfigurableApplicationContext start(ZoneOffset zone) {
        return CommandServiceApplication.application()
                .initializers(new RealInfrastructureInitializer())
                .profiles("local")
                .run("--spring.application.name=" + DATABASE, "--server.port=0", "--careerledger.review-cycles.zone=" + zone.getId());
    }

    private static ApiClient api(ConfigurableApplicationContext application) {
        return new ApiClient(Integer.parseInt(application.getEnvironment().getProperty("local.server.port")));
    }

    private static String publishFramework(ApiClient api, String hr) {
        String frameworkId = "three-track-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.publishThreeTrack(frameworkId, hr).status()).isEqualTo(201);
        return frameworkId;
    }

    private static void register(ApiClient api, String hr, String employeeId, String managerId, String frameworkId, int level) {
        assertThat(api.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Grace Hopper", "email": "%s@example.org", "managerId": "%s",
                 "frameworkId": "%s", "level": %d, "hireDate": "2024-02-01"}""".formatted(employeeId, employeeId, managerId, frameworkId, level))
                .status()).isEqualTo(201);
    }

    /** Read between the two runs, while no application is up. */
    private static List<String> eventTypes(String aggregateId) {
        String url = SharedInfrastructure.postgres().database(DATABASE.replace('-', '_'));
        return StoredEvents.typesOf(new JdbcTemplate(new SimpleDriverDataSource(new Driver(), url, "postgres", "postgres")), aggregateId);
    }
}
