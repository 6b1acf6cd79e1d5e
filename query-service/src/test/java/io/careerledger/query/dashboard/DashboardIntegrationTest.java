package io.careerledger.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.AssessmentCalibrated;
import io.careerledger.events.AssessorRole;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.events.ConversationConcluded;
import io.careerledger.events.ConversationKind;
import io.careerledger.events.ConversationScheduled;
import io.careerledger.events.EmployeeOffboarded;
import io.careerledger.events.GoalCompleted;
import io.careerledger.events.GoalProgressRecorded;
import io.careerledger.events.GoalSet;
import io.careerledger.events.ManagerChanged;
import io.careerledger.events.MilestoneEvidenceRecorded;
import io.careerledger.events.MilestoneVerified;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.ReadinessSnapshot;
import io.careerledger.events.ReviewCycleOpened;
import io.careerledger.events.ReviewPopulation;
import io.careerledger.query.support.CareerEvents;
import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceClient.Response;
import io.careerledger.query.support.QueryServiceIntegrationTest;

/**
 * A person's career arrives on the real topic; their dashboard and their manager's team dashboard
 * show it, judged by the framework version their level was decided under.
 */
@QueryServiceIntegrationTest
class DashboardIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    QueryServiceClient client;

    private CareerEvents career;
    private String managerId;
    private String employeeId;
    private String hr;

    @BeforeEach
    void setUp() {
        career = new CareerEvents(client);
        career.publishFramework();
        managerId = "mgr-" + UUID.randomUUID();
        employeeId = career.employeeOnTrack("Ada Lovelace", managerId, "expert");
        hr = client.token("hr-1", "HR");
    }

    @Test
    void theDashboardShowsPositionMatrixReadinessGoalsConversationsAndTheOpenCase() {
        CompetencyAssessed self = career.assessment(employeeId, "craft", AssessorRole.SELF, employeeId, 4, null);
        CompetencyAssessed manager = career.assessment(employeeId, "craft", AssessorRole.MANAGER, managerId, 3, null);
        career.publish(self, employeeId);
        career.publish(manager, managerId);
        career.publish(career.assessment(employeeId, "impact", AssessorRole.PEER, "peer-1", 2, null), "peer-1");
        career.publish(new AssessmentCalibrated(employeeId, manager.assessmentId(), "craft", 3, 4, "Led the migration", "council-1"),
                "council-1");
        career.publish(new GoalSet(employeeId, "late", "Write the runbook", "Runbook merged", TODAY.minusDays(1), "craft", null, null),
                managerId);
        career.publish(new GoalSet(employeeId, "ahead", "Mentor two juniors", "Two mentees", TODAY.plusMonths(1), null, null, null),
                managerId);
        career.publish(new GoalProgressRecorded(employeeId, "ahead", 40, "One mentee"), managerId);
        career.publish(new GoalSet(employeeId, "done", "Talk at the guild", "Talk given", TODAY.minusDays(3), null, null, null),
                managerId);
        career.publish(new GoalCompleted(employeeId, "done", List.of("slides")), managerId);
        holdCatchUp(3);
        career.publish(new PromotionNominated(employeeId, "case-" + employeeId, career.frameworkId(), 1, "expert", 4, 5, "Ready soon",
                null, managerId, new ReadinessSnapshot(List.of(), List.of(), List.of(), List.of())), managerId);

        JsonNode dashboard = awaitDashboard(employeeId, hr, body -> !body.path("openPromotionCase").isNull());
        assertThat(dashboard.path("fullName").asString()).isEqualTo("Ada Lovelace");
        assertThat(dashboard.path("managerId").asString()).isEqualTo(managerId);
        assertThat(dashboard.path("frameworkId").asString()).isEqualTo(career.frameworkId());
        assertThat(dashboard.path("frameworkVersion").asInt()).isEqualTo(1);
        assertThat(dashboard.path("trackId").asString()).isEqualTo("expert");
        assertThat(dashboard.path("level").asInt()).isEqualTo(4);
        assertThat(dashboard.path("title").asString()).isEqualTo("Specialist");
        assertThat(dashboard.path("grade").asString()).isEqualTo("G4");
        assertThat(dashboard.path("levelSince").asString()).isEqualTo(CareerEvents.HIRED.toString());
        assertThat(dashboard.path("daysInLevel").asLong()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(CareerEvents.HIRED, TODAY));

        JsonNode craft = competency(dashboard, "craft");
        assertThat(craft.path("self").asInt()).isEqualTo(4);
        assertThat(craft.path("manager").asInt()).isEqualTo(3);
        assertThat(craft.path("calibrated").asInt()).isEqualTo(4);
        assertThat(craft.path("rating").asInt()).as("the latest rating counts as calibrated").isEqualTo(4);
        assertThat(craft.path("expectedNow").asInt()).isEqualTo(3);
        assertThat(craft.path("expectedNext").asInt()).isEqualTo(4);
        assertThat(craft.path("gap").asInt()).isZero();
        JsonNode impact = competency(dashboard, "impact");
        assertThat(impact.path("peer").asInt()).isEqualTo(2);
        assertThat(impact.path("self").isNull()).isTrue();
        assertThat(impact.path("gap").asInt()).isEqualTo(1);

        JsonNode readiness = dashboard.path("readiness");
        assertThat(readiness.path("nextLevel").asInt()).isEqualTo(5);
        assertThat(readiness.path("expectationsMet").asInt()).isEqualTo(1);
        assertThat(readiness.path("expectations").asInt()).isEqualTo(2);
        assertThat(readiness.path("ready").asBoolean()).isFalse();

        assertThat(dashboard.path("goals")).extracting(goal -> goal.path("goalId").asString() + ":" + goal.path("status").asString()
                        + ":" + goal.path("percentComplete").asInt() + ":" + goal.path("overdue").asBoolean())
                .containsExactly("done:COMPLETED:100:false", "late:OPEN:0:true", "ahead:OPEN:40:false");
        assertThat(dashboard.path("lastConversations")).extracting(conversation -> conversation.path("kind").asString())
                .containsExactly("ONE_TO_ONE");
        assertThat(dashboard.path("openPromotionCase").path("caseId").asString()).isEqualTo("case-" + employeeId);
        assertThat(dashboard.path("openPromotionCase").path("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void theTeamDashboardShowsReadinessOverdueGoalsCatchUpsAndMissingAssessmentsOfTheOpenCycle() {
        String cycleId = "cycle-" + UUID.randomUUID();
        career.publish(new ReviewCycleOpened(cycleId, "2026 H1", career.frameworkId(), new ReviewPopulation(false, List.of(managerId),
                List.of()), TODAY.plusDays(7), TODAY.plusDays(14), TODAY.plusDays(21), "hr-1"), "hr-1");
        career.publish(career.assessment(employeeId, "craft", AssessorRole.SELF, employeeId, 3, cycleId), employeeId);
        career.publish(new GoalSet(employeeId, "late", "Write the runbook", "Runbook merged", TODAY.minusDays(2), null, null, null),
                managerId);
        holdCatchUp(5);
        String teammate = career.employeeOnTrack("Grace Hopper", managerId, "leader");

        String manager = client.token(managerId, "MANAGER", "EMPLOYEE");
        JsonNode team = awaitTeam(managerId, manager, body -> body.path("content").size() == 2
                && "leader".equals(body.path("content").get(1).path("trackId").asString())
                && body.path("content").get(0).path("daysSinceLastCatchUp").isNumber()
                && body.path("content").get(0).path("missingAssessments").size() == 1);
        JsonNode ada = team.path("content").get(0);
        assertThat(ada.path("employeeId").asString()).isEqualTo(employeeId);
        assertThat(ada.path("readiness").path("expectationsMet").asInt()).isZero();
        assertThat(ada.path("overdueGoals").asInt()).isEqualTo(1);
        assertThat(ada.path("daysSinceLastCatchUp").asLong()).isEqualTo(5);
        assertThat(ada.path("missingAssessments").get(0).path("reviewCycleId").asString()).isEqualTo(cycleId);
        assertThat(ada.path("missingAssessments").get(0).path("assessorRole").asString()).isEqualTo("MANAGER");
        JsonNode grace = team.path("content").get(1);
        assertThat(grace.path("trackId").asString()).isEqualTo("leader");
        assertThat(grace.path("daysSinceLastCatchUp").isNull()).isTrue();
        assertThat(grace.path("missingAssessments")).extracting(missing -> missing.path("assessorRole").asString())
                .containsExactly("SELF", "MANAGER");
        assertThat(team.path("page").path("totalElements").asInt()).isEqualTo(2);
        assertThat(body(client.get("/api/teams/" + managerId + "/dashboard?size=1&page=1", hr)).path("content").get(0)
                .path("employeeId").asString()).isEqualTo(teammate);
    }

    @Test
    void reportsMoveWithManagerChangesAndLeaveTheTeamWhenOffboarded() {
        String teammate = career.employeeOnTrack("Grace Hopper", managerId, "leader");
        String newManagerId = "mgr-" + UUID.randomUUID();
        career.publish(new ManagerChanged(employeeId, managerId, newManagerId), "hr-1");
        career.publish(new EmployeeOffboarded(teammate, TODAY, "Moved abroad"), "hr-1");

        awaitTeam(newManagerId, hr, body -> body.path("content").size() == 1);
        awaitTeam(managerId, hr, body -> body.path("content").isEmpty());
        String newManager = client.token(newManagerId, "MANAGER", "EMPLOYEE");
        assertThat(client.get("/api/employees/" + employeeId + "/dashboard", newManager).status()).isEqualTo(200);
        assertThat(client.get("/api/employees/" + employeeId + "/dashboard", client.token(managerId, "MANAGER")).status())
                .isEqualTo(403);
        assertThat(body(client.get("/api/employees/" + teammate + "/dashboard", hr)).path("offboardedOn").asString())
                .isEqualTo(TODAY.toString());
        assertThat(body(client.get("/api/employees/" + teammate, hr)).path("offboardedOn").asString()).isEqualTo(TODAY.toString());
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        career.publish(new GoalSet(employeeId, "goal", "Write the runbook", "Runbook merged", TODAY.plusDays(9), null, null, null),
                managerId);
        String firstProgress = UUID.randomUUID().toString();
        career.publish(firstProgress, new GoalProgressRecorded(employeeId, "goal", 40, "Half"), managerId);
        career.publish(new GoalProgressRecorded(employeeId, "goal", 70, "Most"), managerId);
        CompetencyAssessed rating = career.assessment(employeeId, "craft", AssessorRole.MANAGER, managerId, 3, null);
        String ratingEvent = UUID.randomUUID().toString();
        career.publish(ratingEvent, rating, managerId);
        awaitDashboard(employeeId, hr, body -> competency(body, "craft").path("manager").asInt() == 3
                && body.path("goals").get(0).path("percentComplete").asInt() == 70);

        // the same ce_ids again: applied a second time they would set 40 % and add a second rating
        career.publish(firstProgress, new GoalProgressRecorded(employeeId, "goal", 40, "Half"), managerId);
        career.publish(ratingEvent, rating, managerId);
        career.publish(new GoalSet(employeeId, "marker", "Marker", "Seen", TODAY.plusDays(10), null, null, null), managerId);
        JsonNode dashboard = awaitDashboard(employeeId, hr, body -> body.path("goals").size() == 2);
        assertThat(dashboard.path("goals").get(0).path("percentComplete").asInt()).isEqualTo(70);
        assertThat(competency(dashboard, "craft").path("manager").asInt()).isEqualTo(3);
    }

    @Test
    void onlyThePersonTheirManagerAndHrReadTheDashboardAndOnlyTheManagerAndHrTheTeam() {
        awaitDashboard(employeeId, hr, body -> "expert".equals(body.path("trackId").asString()));
        String dashboard = "/api/employees/" + employeeId + "/dashboard";
        String team = "/api/teams/" + managerId + "/dashboard";
        assertThat(client.get(dashboard, client.token(employeeId, "EMPLOYEE")).status()).isEqualTo(200);
        assertThat(client.get(dashboard, client.token(managerId, "MANAGER", "EMPLOYEE")).status()).isEqualTo(200);
        Response other = client.get(dashboard, client.token("someone-else", "EMPLOYEE"));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).isEqualTo("application/problem+json");
        assertThat(client.get(dashboard, client.token("other-manager", "MANAGER")).status()).isEqualTo(403);
        assertThat(client.get(dashboard, null).status()).isEqualTo(401);
        assertThat(client.get(team, client.token(managerId, "MANAGER")).status()).isEqualTo(200);
        assertThat(client.get(team, client.token(employeeId, "EMPLOYEE")).status()).isEqualTo(403);
        assertThat(client.get(team, client.token("other-manager", "MANAGER")).status()).isEqualTo(403);
        assertThat(client.get(team, null).status()).isEqualTo(401);
        Response unknown = client.get("/api/employees/nobody-" + employeeId + "/dashboard", hr);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
    }

    /** A one-to-one held {@code daysAgo} days ago. */
    private void holdCatchUp(int daysAgo) {
        String conversationId = UUID.randomUUID().toString();
        career.publish(new ConversationScheduled(conversationId, employeeId, ConversationKind.ONE_TO_ONE, managerId,
                List.of(employeeId, managerId), Instant.now().minus(Duration.ofDays(daysAgo)), null, null), managerId);
        career.publish(new ConversationConcluded(conversationId, employeeId, managerId, "Went well"), managerId);
    }

    /**
     * The nomination's rule (career-rules): every expectation met is not enough while a milestone of the level is unverified.
     * The person's own milestones show the latest evidence, verified or not.
     */
    @Test
    void meetingEveryExpectationWithAMilestoneUnverifiedIsNotReadyOnEitherDashboardUntilItIsVerified() {
        career.publish(career.assessment(employeeId, "craft", AssessorRole.MANAGER, managerId, 4, null), managerId);
        career.publish(career.assessment(employeeId, "impact", AssessorRole.MANAGER, managerId, 3, null), managerId);
        career.publish(new MilestoneEvidenceRecorded(employeeId, CareerEvents.MILESTONE, "Two ADRs"), employeeId);
        career.publish(new MilestoneEvidenceRecorded(employeeId, CareerEvents.MILESTONE, "Three ADRs reviewed"), employeeId);

        JsonNode dashboard = awaitDashboard(employeeId, hr, body -> body.path("readiness").path("expectationsMet").asInt() == 2
                && body.path("milestones").path(0).path("evidence").asString().equals("Three ADRs reviewed"));
        assertThat(dashboard.path("milestones")).hasSize(1);
        assertThat(dashboard.path("milestones").get(0).path("milestoneId").asString()).isEqualTo(CareerEvents.MILESTONE);
        assertThat(dashboard.path("milestones").get(0).path("verified").asBoolean()).isFalse();
        JsonNode unverified = dashboard.path("readiness");
        assertThat(unverified.path("expectations").asInt()).isEqualTo(2);
        assertThat(unverified.path("milestones").asInt()).isEqualTo(1);
        assertThat(unverified.path("milestonesVerified").asInt()).isZero();
        assertThat(unverified.path("ready").asBoolean()).isFalse();
        assertThat(awaitTeam(managerId, hr, body -> body.path("content").size() == 1).path("content").get(0)
                .path("readiness").path("ready").asBoolean()).isFalse();

        career.publish(new MilestoneVerified(employeeId, CareerEvents.MILESTONE, managerId), managerId);

        JsonNode verified = awaitDashboard(employeeId, hr, body -> body.path("readiness").path("milestonesVerified").asInt() == 1);
        assertThat(verified.path("readiness").path("ready").asBoolean()).isTrue();
        assertThat(verified.path("milestones").get(0).path("verified").asBoolean()).isTrue();
        assertThat(awaitTeam(managerId, hr, body -> body.path("content").get(0).path("readiness").path("ready").asBoolean())
                .path("content").get(0).path("readiness").path("milestonesVerified").asInt()).isEqualTo(1);
    }

    private static JsonNode competency(JsonNode dashboard, String competencyId) {
        for (JsonNode row : dashboard.path("competencies")) {
            if (row.path("competencyId").asString().equals(competencyId)) {
                return row;
            }
        }
        throw new AssertionError("No " + competencyId + " in " + dashboard);
    }

    private JsonNode awaitDashboard(String employee, String token, Predicate<JsonNode> ready) {
        return awaitBody("/api/employees/" + employee + "/dashboard", token, ready);
    }

    private JsonNode awaitTeam(String manager, String token, Predicate<JsonNode> ready) {
        return awaitBody("/api/teams/" + manager + "/dashboard", token, ready);
    }

    /** A readiness check may look for a row not projected yet ({@link #competency} throws): that means not yet. */
    private JsonNode awaitBody(String path, String token, Predicate<JsonNode> ready) {
        return await().atMost(Duration.ofSeconds(30)).ignoreException(AssertionError.class).until(() -> {
            Response response = client.get(path, token);
            return response.status() == 200 ? JSON.readTree(response.body()) : null;
        }, body -> body != null && ready.test(body));
    }

    private static JsonNode body(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
