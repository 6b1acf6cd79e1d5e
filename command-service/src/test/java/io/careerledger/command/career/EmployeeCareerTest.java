package io.careerledger.command.career;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.messaging.MetaData;
import org.hamcrest.CustomTypeSafeMatcher;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.careerledger.command.framework.FrameworkDocuments;
import io.careerledger.command.framework.FrameworksInForce;
import io.careerledger.command.framework.PublishedFramework;
import io.careerledger.command.problem.RuleViolation;
import io.careerledger.command.review.ReviewCycles;
import io.careerledger.command.security.ActorMetadata;
import io.careerledger.events.AssessmentCalibrated;
import io.careerledger.events.AssessorRole;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.events.EmployeeOffboarded;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.FrameworkDefinition;
import io.careerledger.events.GoalAbandoned;
import io.careerledger.events.GoalCompleted;
import io.careerledger.events.GoalProgressRecorded;
import io.careerledger.events.GoalSet;
import io.careerledger.events.ManagerChanged;
import io.careerledger.events.MilestoneEvidenceRecorded;
import io.careerledger.events.MilestoneVerified;
import io.careerledger.events.MobilityAssignmentEnded;
import io.careerledger.events.MobilityAssignmentStarted;
import io.careerledger.events.MobilityKind;
import io.careerledger.events.PromotionApplied;
import io.careerledger.events.TrackChosen;
import io.careerledger.events.TrackRetirementScheduled;

/** Every rule and refusal on a person's career, on the three-track sample framework (seed 000). */
class EmployeeCareerTest {

    private static final String ADA = "emp-1";
    private static final String MANAGER = "mgr-1";
    private static final String STRANGER = "emp-9";
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final FrameworkDefinition THREE_TRACK = load("three-track");
    private static final RegisterEmployee REGISTER_ADA = registration(3);

    private AggregateTestFixture<EmployeeCareer> fixture;
    private Map<String, TrackRetirementScheduled> retirements = Map.of();
    private boolean published = true;
    private final Map<String, Boolean> reviewCycles = new java.util.HashMap<>(Map.of("rc-open", true, "rc-closed", false));

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EmployeeCareer.class);
        FrameworksInForce frameworks = id -> published && id.equals("three-track")
                ? Optional.of(new PublishedFramework(1, THREE_TRACK, retirements)) : Optional.empty();
        fixture.registerInjectableResource(frameworks);
        ReviewCycles cycles = cycleId -> Optional.ofNullable(reviewCycles.get(cycleId));
        fixture.registerInjectableResource(cycles);
    }

    @Nested
    class Registration {

        @Test
        void registeringANewEmployeeRecordsTheRegistration() {
            fixture.givenNoPriorActivity()
                    .when(REGISTER_ADA)
                    .expectEvents(REGISTER_ADA.registered());
        }

        @Test
        void registeringTheSameEmployeeAgainIsAHarmlessRetry() {
            fixture.given(REGISTER_ADA.registered()).when(REGISTER_ADA).expectNoEvents();
        }

        @Test
        void registeringDifferentDetailsUnderATakenIdIsRefused() {
            fixture.given(REGISTER_ADA.registered())
                    .when(new RegisterEmployee(ADA, "Someone Else", "else@example.org", null, "three-track", 1, LocalDate.of(2025, 1, 1)))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage("Employee emp-1 is already registered with different details.");
        }

        @Test
        void hrChangesTheLineManagerOnceAndNobodyManagesThemself() {
            atLevel(3).when(new ChangeManager(ADA, "mgr-2"), by("hr-1", "HR"))
                    .expectEvents(new ManagerChanged(ADA, MANAGER, "mgr-2"));
            atLevel(3).when(new ChangeManager(ADA, MANAGER), by("hr-1", "HR")).expectNoEvents();
            refused(atLevel(3).when(new ChangeManager(ADA, ADA), by("hr-1", "HR")), "Nobody can be their own line manager.");
            forbidden(atLevel(3).when(new ChangeManager(ADA, "mgr-2"), by(MANAGER, "MANAGER")));
        }

        @Test
        void afterOffboardingNothingNewIsRecorded() {
            EmployeeOffboarded left = new EmployeeOffboarded(ADA, TODAY, "Moved abroad");
            atLevel(3).when(new OffboardEmployee(ADA, TODAY, "Moved abroad"), by("hr-1", "HR")).expectEvents(left);
            atLevel(3).andGiven(left).when(new OffboardEmployee(ADA, TODAY, "Moved abroad"), by("hr-1", "HR")).expectNoEvents();
            refused(atLevel(3).andGiven(left).when(chooseTrack("expert", MANAGER), by(ADA)),
                    "Employee emp-1 has left; their history is closed.");
        }
    }

    @Nested
    class ChoosingATrack {

        @Test
        void levelOneFollowsTheFoundationTrack() {
            refused(atLevel(1).when(chooseTrack("expert", MANAGER), by(ADA)),
                    "Level 1 employees follow the foundation track to build broad experience first; 'expert' is allowed at levels 2–4.");
            atLevel(1).when(chooseTrack("foundation", MANAGER), by(ADA))
                    .expectEvents(new TrackChosen(ADA, "three-track", 1, null, "foundation", 1, "Strengths", MANAGER, null));
        }

        @Test
        void fromLevelFiveOnlyTheLeadershipVariant() {
            fixture.given(registration(5).registered())
                    .when(chooseTrack("expert", MANAGER), by(ADA))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
            fixture.given(registration(5).registered())
                    .when(chooseTrack("director", MANAGER), by(ADA))
                    .expectEvents(new TrackChosen(ADA, "three-track", 1, null, "director", 5, "Strengths", MANAGER, null));
        }

        @Test
        void theEmployeeIssuesAndTheManagerAgreesOrTheOtherWayRound() {
            atLevel(3).when(chooseTrack("expert", MANAGER), by(ADA))
                    .expectEvents(new TrackChosen(ADA, "three-track", 1, null, "expert", 3, "Strengths", MANAGER, null));
            atLevel(3).when(chooseTrack("expert", ADA), by(MANAGER))
                    .expectEvents(new TrackChosen(ADA, "three-track", 1, null, "expert", 3, "Strengths", ADA, null));
            refused(atLevel(3).when(chooseTrack("expert", null), by(ADA)),
                    "A track is agreed between the person and their line manager: name mgr-1 as agreeing.");
        }

        @Test
        void aSwitchKeepsFromAndToAndTheSameTrackAgainChangesNothing() {
            TrackChosen expert = new TrackChosen(ADA, "three-track", 1, null, "expert", 3, "Strengths", MANAGER, null);
            atLevel(3).andGiven(expert)
                    .when(new ChooseTrack(ADA, "people-leader", "Mentors the team", MANAGER, "conv-1"), by(ADA))
                    .expectEvents(new TrackChosen(ADA, "three-track", 1, "expert", "people-leader", 3, "Mentors the team", MANAGER, "conv-1"));
            atLevel(3).andGiven(expert).when(chooseTrack("expert", MANAGER), by(ADA)).expectNoEvents();
        }

        @Test
        void aRetiredTrackCannotBeChosenAfterItsSunset() {
            retirements = Map.of("entrepreneur", new TrackRetirementScheduled("three-track", "entrepreneur", TODAY, "expert", "Merged"));
            refused(atLevel(3).andGivenCurrentTime(NOW).when(chooseTrack("entrepreneur", MANAGER), by(ADA)),
                    "Track 'entrepreneur' was retired on 2026-03-02; people on it move to 'expert'.");
        }

        @Test
        void strangersCannotChooseAndAnUnpublishedFrameworkRefuses() {
            forbidden(atLevel(3).when(chooseTrack("expert", MANAGER), by(STRANGER, "MANAGER")));
            published = false;
            refused(atLevel(3).when(chooseTrack("expert", MANAGER), by(ADA)), "Framework three-track has no published version yet.");
        }
    }

    @Nested
    class Assessing {

        @Test
        void eachAssessorRoleIsHeldByTheRightPerson() {
            atLevel(3).when(assess("a-1", AssessorRole.SELF, 3), by(ADA)).expectEvents(assessed("a-1", AssessorRole.SELF, ADA, 3));
            atLevel(3).when(assess("a-1", AssessorRole.MANAGER, 4), by(MANAGER)).expectEvents(assessed("a-1", AssessorRole.MANAGER, MANAGER, 4));
            atLevel(3).when(assess("a-1", AssessorRole.PEER, 3), by("peer-1")).expectEvents(assessed("a-1", AssessorRole.PEER, "peer-1", 3));
            atLevel(3).when(assess("a-1", AssessorRole.COUNCIL, 3), by("c-1", "COUNCIL")).expectEvents(assessed("a-1", AssessorRole.COUNCIL, "c-1", 3));
            forbidden(atLevel(3).when(assess("a-1", AssessorRole.SELF, 3), by(MANAGER)));
            forbidden(atLevel(3).when(assess("a-1", AssessorRole.MANAGER, 3), by("peer-1")));
            forbidden(atLevel(3).when(assess("a-1", AssessorRole.PEER, 3), by(ADA)));
            forbidden(atLevel(3).when(assess("a-1", AssessorRole.COUNCIL, 3), by("hr-1", "HR")));
        }

        @Test
        void theCompetencyExistsAndTheRatingIsOnTheScale() {
            refused(atLevel(3).when(new AssessCompetency(ADA, "a-1", "juggling", AssessorRole.SELF, 3, List.of(), null, null, null), by(ADA)),
                    "Framework three-track has no competency 'juggling'.");
            refused(atLevel(3).when(assess("a-1", AssessorRole.SELF, 6), by(ADA)),
                    "Proficiency 6 is not on the framework's scale (1 to 5).");
        }

        @Test
        void aRetryChangesNothingAndAnotherRatingUnderTheSameIdConflicts() {
            atLevel(3).andGiven(assessed("a-1", AssessorRole.SELF, ADA, 3)).when(assess("a-1", AssessorRole.SELF, 3), by(ADA)).expectNoEvents();
            atLevel(3).andGiven(assessed("a-1", AssessorRole.SELF, ADA, 3)).when(assess("a-1", AssessorRole.SELF, 4), by(ADA))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage("Assessment a-1 was already recorded with other details.");
        }

        @Test
        void anAssessmentGoesIntoAnOpenReviewCycleOnly() {
            AssessCompetency inOpen = new AssessCompetency(ADA, "a-1", "craft", AssessorRole.SELF, 3, List.of(), null, "rc-open", null);
            atLevel(3).when(inOpen, by(ADA)).expectEvents(new CompetencyAssessed(ADA, "a-1", "craft", AssessorRole.SELF, ADA, 3,
                    List.of(), null, "rc-open", null, "three-track", 1));
            refused(atLevel(3).when(new AssessCompetency(ADA, "a-1", "craft", AssessorRole.SELF, 3, List.of(), null, "rc-closed", null),
                    by(ADA)), "Review cycle rc-closed is closed; it takes no more assessments.");
            refused(atLevel(3).when(new AssessCompetency(ADA, "a-1", "craft", AssessorRole.SELF, 3, List.of(), null, "rc-9", null),
                    by(ADA)), "There is no review cycle rc-9.");
        }

        @Test
        void theCouncilOrHrCalibratesWithAJustificationAndTheOriginalStays() {
            CompetencyAssessed original = assessed("a-1", AssessorRole.MANAGER, MANAGER, 4);
            AssessmentCalibrated calibrated = new AssessmentCalibrated(ADA, "a-1", "craft", 4, 3, "Aligned with peers", "c-1");
            atLevel(3).andGiven(original).when(new CalibrateAssessment(ADA, "a-1", 3, "Aligned with peers"), by("c-1", "COUNCIL"))
                    .expectEvents(calibrated);
            atLevel(3).andGiven(original, calibrated).when(new CalibrateAssessment(ADA, "a-1", 3, "Aligned with peers"), by("c-1", "COUNCIL"))
                    .expectNoEvents();
            forbidden(atLevel(3).andGiven(original).when(new CalibrateAssessment(ADA, "a-1", 3, "Mine"), by(MANAGER, "MANAGER")));
            refused(atLevel(3).andGiven(original).when(new CalibrateAssessment(ADA, "a-1", 3, " "), by("c-1", "COUNCIL")),
                    "A calibration says why the rating changes.");
            refused(atLevel(3).andGiven(original).when(new CalibrateAssessment(ADA, "a-1", 0, "Too low"), by("c-1", "COUNCIL")),
                    "Proficiency 0 is not on the framework's scale (1 to 5).");
            refused(atLevel(3).when(new CalibrateAssessment(ADA, "a-9", 3, "Why"), by("c-1", "COUNCIL")), "No assessment a-9.");
        }
    }

    @Nested
    class Goals {

        private final GoalSet set = new GoalSet(ADA, "g-1", "Run the guild", "Six sessions with minutes", TODAY.plusMonths(6), "knowledge-sharing", null, null);

        @Test
        void anObservableTimeBoundGoalIsSetOnce() {
            atLevel(3).andGivenCurrentTime(NOW).when(setGoal("Six sessions with minutes", TODAY.plusMonths(6)), by(ADA)).expectEvents(set);
            atLevel(3).andGiven(set).andGivenCurrentTime(NOW).when(setGoal("Six sessions with minutes", TODAY.plusMonths(6)), by(ADA)).expectNoEvents();
            atLevel(3).andGiven(set).andGivenCurrentTime(NOW).when(setGoal("Four sessions", TODAY.plusMonths(6)), by(ADA))
                    .expectException(RuleViolation.class).expectExceptionMessage("Goal g-1 was already set with other details.");
        }

        @Test
        void vagueGoalsAreRefused() {
            String vague = "A goal needs an observable measure and a due date that is not in the past, so everyone can tell when it is met.";
            refused(atLevel(3).andGivenCurrentTime(NOW).when(setGoal(" ", TODAY.plusMonths(6)), by(ADA)), vague);
            refused(atLevel(3).andGivenCurrentTime(NOW).when(setGoal("Six sessions", null), by(ADA)), vague);
            refused(atLevel(3).andGivenCurrentTime(NOW).when(setGoal("Six sessions", TODAY.minusDays(1)), by(ADA)), vague);
        }

        @Test
        void aGoalTowardsAMilestoneNamesOneOfTheFramework() {
            refused(atLevel(3).andGivenCurrentTime(NOW).when(new SetGoal(ADA, "g-2", "Become the reference", "ADRs", TODAY.plusMonths(6),
                    null, "moon-landing", null), by(ADA)), "Framework three-track has no milestone 'moon-landing'.");
            forbidden(atLevel(3).andGivenCurrentTime(NOW).when(setGoal("Six sessions", TODAY.plusMonths(6)), by(STRANGER)));
        }

        @Test
        void progressCompletionAndAbandonment() {
            atLevel(3).andGiven(set).when(new RecordGoalProgress(ADA, "g-1", 50, "Three held"), by(ADA))
                    .expectEvents(new GoalProgressRecorded(ADA, "g-1", 50, "Three held"));
            refused(atLevel(3).andGiven(set).when(new CompleteGoal(ADA, "g-1", List.of()), by(ADA)),
                    "A goal is completed with the evidence that it was met.");
            GoalCompleted completed = new GoalCompleted(ADA, "g-1", List.of("minutes"));
            atLevel(3).andGiven(set).when(new CompleteGoal(ADA, "g-1", List.of("minutes")), by(MANAGER)).expectEvents(completed);
            atLevel(3).andGiven(set, completed).when(new CompleteGoal(ADA, "g-1", List.of("minutes")), by(ADA)).expectNoEvents();
            atLevel(3).andGiven(set, completed).when(new RecordGoalProgress(ADA, "g-1", 60, null), by(ADA))
                    .expectException(RuleViolation.class).expectExceptionMessage("Goal g-1 is already completed.");
            refused(atLevel(3).andGiven(set).when(new AbandonGoal(ADA, "g-1", ""), by(ADA)), "Say why the goal is abandoned.");
            atLevel(3).andGiven(set).when(new AbandonGoal(ADA, "g-1", "Guild merged"), by("hr-1", "HR"))
                    .expectEvents(new GoalAbandoned(ADA, "g-1", "Guild merged"));
            refused(atLevel(3).when(new RecordGoalProgress(ADA, "g-9", 10, null), by(ADA)), "No goal g-9.");
        }

        private SetGoal setGoal(String measure, LocalDate due) {
            return new SetGoal(ADA, "g-1", "Run the guild", measure, due, "knowledge-sharing", null, null);
        }
    }

    @Nested
    class MilestonesAndMobility {

        private final MilestoneEvidenceRecorded evidence = new MilestoneEvidenceRecorded(ADA, "expert-reference", "Three ADRs");

        @Test
        void evidenceIsRecordedThenVerifiedByTheManagerOrTheCouncil() {
            atLevel(3).when(new RecordMilestoneEvidence(ADA, "expert-reference", "Three ADRs"), by(ADA)).expectEvents(evidence);
            refused(atLevel(3).when(new RecordMilestoneEvidence(ADA, "moon-landing", "Photos"), by(ADA)),
                    "Framework three-track has no milestone 'moon-landing'.");
            refused(atLevel(3).when(new VerifyMilestone(ADA, "expert-reference"), by(MANAGER)),
                    "There is no evidence for milestone 'expert-reference' to verify yet.");
            atLevel(3).andGiven(evidence).when(new VerifyMilestone(ADA, "expert-reference"), by(MANAGER))
                    .expectEvents(new MilestoneVerified(ADA, "expert-reference", MANAGER));
            atLevel(3).andGiven(evidence).when(new VerifyMilestone(ADA, "expert-reference"), by("c-1", "COUNCIL"))
                    .expectEvents(new MilestoneVerified(ADA, "expert-reference", "c-1"));
            atLevel(3).andGiven(evidence, new MilestoneVerified(ADA, "expert-reference", MANAGER))
                    .when(new VerifyMilestone(ADA, "expert-reference"), by(MANAGER)).expectNoEvents();
            forbidden(atLevel(3).andGiven(evidence).when(new VerifyMilestone(ADA, "expert-reference"), by(ADA, "COUNCIL")));
        }

        @Test
        void aRotationStartsOnceAtATimeAndEnds() {
            MobilityAssignmentStarted started = new MobilityAssignmentStarted(ADA, "m-1", MobilityKind.ROTATION, "Payments", "entrepreneur",
                    List.of("Handover"), List.of("One experiment"), TODAY, TODAY.plusMonths(3));
            atLevel(3).when(rotation("m-1", "entrepreneur", TODAY.plusMonths(3)), by(MANAGER)).expectEvents(started);
            atLevel(3).andGiven(started).when(rotation("m-1", "entrepreneur", TODAY.plusMonths(3)), by(MANAGER)).expectNoEvents();
            atLevel(3).andGiven(started).when(rotation("m-2", "entrepreneur", TODAY.plusMonths(3)), by(MANAGER))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage("Another rotation or secondment is still running; end it first.");
            refused(atLevel(3).when(rotation("m-1", "entrepreneur", TODAY), by(MANAGER)), "An assignment ends after it starts.");
            refused(atLevel(3).when(rotation("m-1", "astronaut", TODAY.plusMonths(3)), by(MANAGER)),
                    "Framework three-track has no track 'astronaut'.");
            forbidden(atLevel(3).when(rotation("m-1", "entrepreneur", TODAY.plusMonths(3)), by(ADA)));
            MobilityAssignmentEnded ended = new MobilityAssignmentEnded(ADA, "m-1", TODAY.plusMonths(3), "Shipped it");
            atLevel(3).andGiven(started).when(new EndMobilityAssignment(ADA, "m-1", TODAY.plusMonths(3), "Shipped it"), by("hr-1", "HR"))
                    .expectEvents(ended);
            atLevel(3).andGiven(started, ended).when(new EndMobilityAssignment(ADA, "m-1", TODAY.plusMonths(3), "Shipped it"), by(MANAGER))
                    .expectNoEvents();
            refused(atLevel(3).when(new EndMobilityAssignment(ADA, "m-9", TODAY, "?"), by(MANAGER)), "No assignment m-9.");
        }

        private StartMobilityAssignment rotation(String id, String track, LocalDate end) {
            return new StartMobilityAssignment(ADA, id, MobilityKind.ROTATION, "Payments", track, List.of("Handover"),
                    List.of("One experiment"), TODAY, end);
        }
    }

    @Nested
    class Promotion {

        private final PromotionApplied applied = new PromotionApplied(ADA, "case-1", 3, 4, "Lead Specialist", "G4", "B4", TODAY);

        @Test
        void anApprovedCaseRaisesTheLevelWithTheGradeAndBandOfTheTrack() {
            atLevel(3).when(promote("expert", 4), by("promotion-saga", "HR")).expectEvents(applied);
            atLevel(3).andGiven(applied).when(promote("expert", 4), by("promotion-saga", "HR")).expectNoEvents();
            atLevel(3).andGiven(applied).when(new ApplyPromotion(ADA, "case-2", "expert", 5, TODAY), by("promotion-saga", "HR"))
                    .expectException(RuleViolation.class).expectExceptionMessage("Framework three-track has no level 5 on track 'expert'.");
        }

        @Test
        void refusedWhenOffboardedAlreadyAtTheLevelOrNotFromHr() {
            refused(atLevel(3).andGiven(new EmployeeOffboarded(ADA, TODAY, "Moved abroad")).when(promote("expert", 4), by("promotion-saga", "HR")),
                    "Employee emp-1 has left; their history is closed.");
            refused(atLevel(4).when(promote("expert", 4), by("promotion-saga", "HR")),
                    "Employee emp-1 is already at level 4, not below level 4.");
            refused(atLevel(3).andGiven(applied).when(new ApplyPromotion(ADA, "case-2", "expert", 4, TODAY), by("promotion-saga", "HR")),
                    "Employee emp-1 is already at level 4, not below level 4.");
            forbidden(atLevel(3).when(promote("expert", 4), by(MANAGER, "MANAGER")));
        }

        private ApplyPromotion promote(String track, int level) {
            return new ApplyPromotion(ADA, "case-1", track, level, TODAY);
        }
    }

    private TestExecutor<EmployeeCareer> atLevel(int level) {
        return fixture.given(registration(level).registered());
    }

    private static void refused(ResultValidator<EmployeeCareer> result, String detail) {
        result.expectException(RuleViolation.class).expectExceptionMessage(detail).expectNoEvents();
    }

    private static void forbidden(ResultValidator<EmployeeCareer> result) {
        result.expectException(new CustomTypeSafeMatcher<RuleViolation>("a refusal for this person (403)") {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.kind() == RuleViolation.Kind.FORBIDDEN;
            }
        }).expectNoEvents();
    }

    private static ChooseTrack chooseTrack(String track, String agreedBy) {
        return new ChooseTrack(ADA, track, "Strengths", agreedBy, null);
    }

    private static AssessCompetency assess(String id, AssessorRole role, int proficiency) {
        return new AssessCompetency(ADA, id, "craft", role, proficiency, List.of("design review"), null, null, null);
    }

    private static CompetencyAssessed assessed(String id, AssessorRole role, String assessor, int proficiency) {
        return new CompetencyAssessed(ADA, id, "craft", role, assessor, proficiency, List.of("design review"), null, null, null, "three-track", 1);
    }

    private static RegisterEmployee registration(int level) {
        return new RegisterEmployee(ADA, "Ada Lovelace", "ada@example.org", MANAGER, "three-track", level, LocalDate.of(2024, 2, 1));
    }

    private static MetaData by(String actor, String... roles) {
        return MetaData.with(ActorMetadata.ACTOR_ID, actor).and(ActorMetadata.ACTOR_ROLES, String.join(",", roles.length == 0 ? new String[] {"EMPLOYEE"} : roles));
    }

    private static FrameworkDefinition load(String id) {
        try (InputStream yaml = EmployeeCareerTest.class.getResourceAsStream("/frameworks/" + id + ".yaml")) {
            return FrameworkDocuments.read(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
