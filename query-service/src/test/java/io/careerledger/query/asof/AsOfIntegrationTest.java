package io.careerledger.query.asof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.AssessmentCalibrated;
import io.careerledger.events.AssessorRole;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.GoalCompleted;
import io.careerledger.events.GoalSet;
import io.careerledger.events.PromotionApplied;
import io.careerledger.events.PromotionCompleted;
import io.careerledger.events.PromotionDecided;
import io.careerledger.events.PromotionDecision;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.ReadinessSnapshot;
import io.careerledger.events.TrackChosen;
import io.careerledger.query.support.CareerEvents;
import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceClient.Response;
import io.careerledger.query.support.QueryServiceIntegrationTest;

/**
 * One career laid out over days in the past (framework version 1, registration, track, ratings, a
 * calibration, a promotion, version 2, a track switch), then asked for as of instants between them.
 */
@QueryServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsOfIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Day 0 of the career; event k occurs at the start of day k, and the questions are asked at noon. */
    private static final OffsetDateTime START = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).minusDays(100);
    /** The person's own events; the framework's are about the framework. */
    private static final int PERSON_EVENTS = 12;

    @Autowired
    QueryServiceClient client;

    private CareerEvents career;
    private String employeeId;
    private String managerId;
    private String caseId;
    private String hr;

    @BeforeAll
    void aCareerOverTwelveDays() {
        career = new CareerEvents(client);
        employeeId = UUID.randomUUID().toString();
        managerId = "mgr-" + UUID.randomUUID();
        caseId = "case-" + employeeId;
        hr = client.token("hr-1", "HR");
        career.publishFramework(1, day(0));
        career.publish(new EmployeeRegistered(employeeId, "Grace Hopper", "grace@example.org", managerId, career.frameworkId(), 4,
                CareerEvents.HIRED), "hr-1", day(1));
        career.publish(new TrackChosen(employeeId, career.frameworkId(), 1, null, "expert", 4, "Fits", managerId, null), managerId, day(2));
        CompetencyAssessed craft = career.assessment(employeeId, "craft", AssessorRole.MANAGER, managerId, 3, null);
        career.publish(craft, managerId, day(3));
        career.publish(career.assessment(employeeId, "impact", AssessorRole.MANAGER, managerId, 3, null), managerId, day(3));
        career.publish(new GoalSet(employeeId, "g-1", "Run the incident review", "Review held", day(20).toLocalDate(), null, null, null),
                managerId, day(4));
        career.publish(new AssessmentCalibrated(employeeId, craft.assessmentId(), "craft", 3, 4, "Led the migration", "council-1"),
                "council-1", day(5));
        career.publish(new PromotionNominated(employeeId, caseId, career.frameworkId(), 1, "expert", 4, 5, "Ready", null, managerId,
                new ReadinessSnapshot(List.of(), List.of(), List.of(), List.of())), managerId, day(6));
        career.publish(new PromotionDecided(employeeId, caseId, PromotionDecision.APPROVE, "Clear case", "council-1",
                day(8).toLocalDate(), 2), "council-1", day(7));
        career.publish(new PromotionApplied(employeeId, caseId, 4, 5, "Senior Specialist", "G5", "B5", day(8).toLocalDate()),
                "council-1", day(8));
        career.publish(new PromotionCompleted(employeeId, caseId, 5), "council-1", day(9));
        career.publish(new GoalCompleted(employeeId, "g-1", List.of("minutes")), managerId, day(10));
        career.publishFramework(2, day(10).plusHours(6));
        career.publish(new TrackChosen(employeeId, career.frameworkId(), 2, "expert", "leader", 5, "Leads the guild", managerId, null),
                managerId, day(11));
        // the framework's events travel on another partition than the person's: wait for both
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            JsonNode now = asOf(Instant.now());
            return now.path("eventsFolded").asInt() == PERSON_EVENTS && "Head of v2".equals(now.path("title").asString());
        });
    }

    @Test
    void beforeThePersonsFirstEventThereIsNothingToShow() {
        Response before = client.get(path(noon(0)), hr);

        assertThat(before.status()).isEqualTo(404);
        assertThat(before.contentType()).startsWith("application/problem+json");
        assertThat(before.json().path("type").asString()).isEqualTo("/problems/not-found");
    }

    @Test
    void beforeATrackIsChosenTheLevelIsTheRegisteredOneUnderTheVersionInForceThen() {
        JsonNode registered = asOf(noon(1));

        assertThat(registered.path("fullName").asString()).isEqualTo("Grace Hopper");
        assertThat(registered.path("level").asInt()).isEqualTo(4);
        assertThat(registered.path("trackId").isNull()).isTrue();
        assertThat(registered.path("frameworkVersion").asInt()).isEqualTo(1);
        assertThat(registered.path("competencies")).isEmpty();
        assertThat(registered.path("eventsFolded").asInt()).isEqualTo(1);
    }

    @Test
    void beforeTheCalibrationTheRatingGivenCountsAndAfterItTheCalibratedOne() {
        JsonNode before = asOf(noon(4));
        JsonNode after = asOf(noon(5));

        assertThat(competency(before, "craft").path("rating").asInt()).isEqualTo(3);
        assertThat(competency(before, "craft").path("calibrated").isNull()).isTrue();
        assertThat(before.path("readiness").path("expectationsMet").asInt()).as("level 5 expects craft 4, impact 3").isEqualTo(1);
        assertThat(competency(after, "craft").path("rating").asInt()).isEqualTo(4);
        assertThat(competency(after, "craft").path("calibrated").asInt()).isEqualTo(4);
        assertThat(after.path("readiness").path("expectationsMet").asInt()).isEqualTo(2);
        assertThat(after.path("readiness").path("ready").asBoolean()).as("level 5's milestone is not verified").isFalse();
    }

    @Test
    void beforeThePromotionTheOldLevelWithTheCaseUnderWayAndAfterItTheNewLevel() {
        JsonNode approved = asOf(noon(7));
        JsonNode promoted = asOf(noon(8));
        JsonNode completed = asOf(noon(9));

        assertThat(approved.path("level").asInt()).isEqualTo(4);
        assertThat(approved.path("title").asString()).isEqualTo("Specialist");
        assertThat(approved.path("grade").asString()).isEqualTo("G4");
        assertThat(approved.path("band").asString()).isEqualTo("B4");
        assertThat(approved.path("levelSince").asString()).isEqualTo(CareerEvents.HIRED.toString());
        assertThat(approved.path("openPromotionCase").path("status").asString()).isEqualTo("DECIDED");
        assertThat(approved.path("openPromotionCase").path("decision").asString()).isEqualTo("APPROVE");
        assertThat(approved.path("openPromotionCase").path("toLevel").asInt()).isEqualTo(5);
        assertThat(promoted.path("level").asInt()).isEqualTo(5);
        assertThat(promoted.path("title").asString()).isEqualTo("Senior Specialist");
        assertThat(promoted.path("grade").asString()).isEqualTo("G5");
        assertThat(promoted.path("band").asString()).isEqualTo("B5");
        assertThat(promoted.path("levelSince").asString()).isEqualTo(day(8).toLocalDate().toString());
        assertThat(promoted.path("daysInLevel").asLong()).isZero();
        assertThat(promoted.path("readiness").isNull()).as("the top of the track").isTrue();
        assertThat(promoted.path("openPromotionCase").path("status").asString()).as("applied, not yet completed").isEqualTo("DECIDED");
        assertThat(completed.path("openPromotionCase").isNull()).isTrue();
    }

    @Test
    void goalsShowTheStateTheyWereInThen() {
        assertThat(asOf(noon(4)).path("goals").get(0).path("status").asString()).isEqualTo("OPEN");
        assertThat(asOf(noon(10)).path("goals").get(0).path("status").asString()).isEqualTo("COMPLETED");
        assertThat(asOf(noon(10)).path("goals").get(0).path("percentComplete").asInt()).isEqualTo(100);
    }

    @Test
    void beforeTheTrackSwitchTheOldTrackUnderItsVersionAndAfterItTheNewTrackUnderTheVersionItWasChosenUnder() {
        JsonNode beforeSwitch = asOf(noon(10));
        JsonNode afterSwitch = asOf(noon(11));

        assertThat(beforeSwitch.path("trackId").asString()).isEqualTo("expert");
        assertThat(beforeSwitch.path("frameworkVersion").asInt()).as("version 2 is in force, the level was decided under 1").isEqualTo(1);
        assertThat(beforeSwitch.path("title").asString()).isEqualTo("Senior Specialist");
        assertThat(afterSwitch.path("trackId").asString()).isEqualTo("leader");
        assertThat(afterSwitch.path("frameworkVersion").asInt()).isEqualTo(2);
        assertThat(afterSwitch.path("title").asString()).isEqualTo("Head of v2");
        assertThat(afterSwitch.path("level").asInt()).isEqualTo(5);
        assertThat(afterSwitch.path("levelSince").asString()).as("a switch at the same level keeps the time in level")
                .isEqualTo(day(8).toLocalDate().toString());
    }

    @Test
    void asOfNowIsWhatTheDashboardShows() {
        JsonNode now = asOf(Instant.now());
        JsonNode dashboard = JSON.readTree(client.get("/api/employees/" + employeeId + "/dashboard", hr).body());

        for (String field : List.of("managerId", "frameworkId", "frameworkVersion", "trackId", "level", "title", "grade", "levelSince",
                "daysInLevel", "competencies", "readiness", "openPromotionCase")) {
            assertThat(now.path(field)).as(field).isEqualTo(dashboard.path(field));
        }
    }

    @Test
    void anInstantThatIsNotOneIsRefused() {
        Response refused = client.get("/api/employees/" + employeeId + "/as-of/yesterday", hr);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asString()).isEqualTo("/problems/invalid-instant");
    }

    @Test
    void theViewsOfTodayRefuseAnAsOfParameterRatherThanIgnoreIt() {
        for (String view : List.of("/api/employees/" + employeeId, "/api/employees/" + employeeId + "/dashboard")) {
            Response refused = client.get(view + "?asOf=" + noon(4), hr);

            assertThat(refused.status()).as(view).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("type").asString()).isEqualTo("/problems/as-of-not-here");
        }
    }

    private static OffsetDateTime day(int day) {
        return START.plusDays(day);
    }

    private static Instant noon(int day) {
        return day(day).plusHours(12).toInstant();
    }

    private String path(Instant at) {
        return "/api/employees/" + employeeId + "/as-of/" + at;
    }

    private JsonNode asOf(Instant at) {
        Response response = client.get(path(at), hr);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode competency(JsonNode view, String competencyId) {
        for (JsonNode row : view.path("competencies")) {
            if (row.path("competencyId").asString().equals(competencyId)) {
                return row;
            }
        }
        throw new AssertionError("No " + competencyId + " in " + view);
    }
}
