package io.careerledger.command.career;

import static io.careerledger.command.support.Refusals.conflict;
import static io.careerledger.command.support.Refusals.forbidden;
import static io.careerledger.command.support.Refusals.notFound;
import static io.careerledger.command.support.Refusals.refused;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.careerledger.command.framework.FrameworkDocuments;
import io.careerledger.command.framework.FrameworksInForce;
import io.careerledger.command.framework.PublishedFramework;
import io.careerledger.command.personaldata.PersonalDataProperties;
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
import io.careerledger.events.LegalHoldLifted;
import io.careerledger.events.LegalHoldPlaced;
import io.careerledger.events.ManagerChanged;
import io.careerledger.events.MilestoneEvidenceRecorded;
import io.careerledger.events.MilestoneVerified;
import io.careerledger.events.MobilityAssignmentEnded;
import io.careerledger.events.MobilityAssignmentStarted;
import io.careerledger.events.MobilityKind;
import io.careerledger.events.PersonalDataErased;
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
    private static final String SAGA = "promotion-saga";
    private static final TrackChosen EXPERT = new TrackChosen(ADA, "three-track", 1, null, "expert", 3, "Strengths", MANAGER, null);

    private AggregateTestFixture<EmployeeCareer> fixture;
    private Map<String, TrackRetirementScheduled> retirements = Map.of();
    private boolean published = true;
    private final Map<String, Boolean> reviewCycles = Map.of("rc-open", true, "rc-closed", false);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EmployeeCareer.class);
        FrameworksInForce frameworks = id -> published && id.equals("three-track")
                ? Optional.of(new PublishedFramework(1, THREE_TRACK, retirements)) : Optional.empty();
        fixture.registerInjectableResource(frameworks);
        ReviewCycles cycles = cycleId -> Optional.ofNullable(reviewCycles.get(cycleId));
        fixture.registerInjectableResource(cycles);
        fixture.registerInjectableResource(new PersonalDataProperties(true, Period.ofYears(1), Duration.ofMinutes(5)));
    }

    @Nested
    class Registration {

        @Test
        void registeringANewEmployeeRecordsTheRegistration() {
            fixture.givenNoPriorActivity().when(REGISTER_ADA).expectEvents(REGISTER_ADA.registered());
        }

        @Test
        void registeringTheSameEmployeeAgainIsAHarmlessRetry() {
            fixture.given(REGISTER_ADA.registered()).when(REGISTER_ADA).expectNoEvents();
        }

        @Test
        void registeringDifferentDetailsUnderATakenIdIsAConflict() {
            conflict(fixture.given(REGISTER_ADA.registered())
                    .when(new RegisterEmployee(ADA, "Someone Else", "else@example.org", null, "three-track", 1, LocalDate.of(2025, 1, 1))),
                    CareerRules.ALREADY_REGISTERED).expectExceptionMessage("Employee emp-1 is already registered with different details.");
        }
    }

    @Nested
    class LineManager {

        @Test
        void hrChangesTheLineManager() {
            atLevel(3).when(new ChangeManager(ADA, "mgr-2"), by("hr-1", "HR")).expectEvents(new ManagerChanged(ADA, MANAGER, "mgr-2"));
        }

        @Test
        void theSameManagerAgainChangesNothing() {
            atLevel(3).when(new ChangeManager(ADA, MANAGER), by("hr-1", "HR")).expectNoEvents();
        }

        @Test
        void nobodyIsTheirOwnLineManager() {
            refused(atLevel(3).when(new ChangeManager(ADA, ADA), by("hr-1", "HR")), CareerRules.OWN_MANAGER);
        }

        @Test
        void onlyHrChangesTheLineManager() {
            forbidden(atLevel(3).when(new ChangeManager(ADA, "mgr-2"), by(MANAGER, "MANAGER")), CareerRules.NOT_ALLOWED);
        }
    }

    @Nested
    class Offboarding {

        private final EmployeeOffboarded left = new EmployeeOffboarded(ADA, TODAY, "Moved abroad");

        @Test
        void hrRecordsThatSomeoneLeft() {
            atLevel(3).when(new OffboardEmployee(ADA, TODAY, "Moved abroad"), by("hr-1", "HR")).expectEvents(left);
        }

        @Test
        void recordingItAgainChangesNothing() {
            atLevel(3).andGiven(left).when(new OffboardEmployee(ADA, TODAY, "Moved abroad"), by("hr-1", "HR")).expectNoEvents();
        }

        @Test
        void onlyHrRecordsThatSomeoneLeft() {
            forbidden(atLevel(3).when(new OffboardEmployee(ADA, TODAY, "Moved abroad"), by(MANAGER, "MANAGER")), CareerRules.NOT_ALLOWED);
        }

        @Test
        void afterOffboardingNothingNewIsRecorded() {
            refused(atLevel(3).andGiven(left).when(chooseTrack("expert", MANAGER), by(ADA)), CareerRules.OFFBOARDED)
                    .expectExceptionMessage("Employee emp-1 has left; their history is closed.");
        }
    }

    /** Erasure of personal data: one year's retention after the last working day (the fixture's terms), no legal hold. */
    @Nested
    class Erasure {

        private final EmployeeOffboarded leftLongAgo = new EmployeeOffboarded(ADA, LocalDate.of(2025, 1, 31), "Moved abroad");
        private final EmployeeOffboarded leftRecently = new EmployeeOffboarded(ADA, LocalDate.of(2025, 6, 30), "Moved abroad");
        private final LegalHoldPlaced hold = new LegalHoldPlaced(ADA, "Tribunal claim ET-3");
        private final ErasePersonalData erase = new ErasePersonalData(ADA, "Erasure request ER-14");
        private final PersonalDataErased erased = new PersonalDataErased(ADA, "Erasure request ER-14");

        private TestExecutor<EmployeeCareer> left(EmployeeOffboarded offboarded) {
            return fixture.givenCurrentTime(NOW).andGiven(registration(3).registered(), offboarded);
        }

        @Test
        void hrErasesOnceTheRetentionPeriodIsOver() {
            left(leftLongAgo).when(erase, by("hr-1", "HR")).expectEvents(erased);
        }

        @Test
        void erasingAgainChangesNothing() {
            left(leftLongAgo).andGiven(erased).when(erase, by("hr-1", "HR")).expectNoEvents();
        }

        @Test
        void onlyHrErases() {
            forbidden(left(leftLongAgo).when(erase, by(ADA)), CareerRules.NOT_ALLOWED);
        }

        @Test
        void anErasureNeedsAReason() {
            refused(left(leftLongAgo).when(new ErasePersonalData(ADA, " "), by("hr-1", "HR")), CareerRules.REASON_REQUIRED);
        }

        @Test
        void nobodyIsErasedBeforeTheyLeft() {
            refused(fixture.givenCurrentTime(NOW).andGiven(registration(3).registered()).when(erase, by("hr-1", "HR")),
                    CareerRules.ERASURE_BEFORE_OFFBOARDING);
        }

        @Test
        void theRetentionPeriodAfterTheLastWorkingDayHoldsTheDataBack() {
            refused(left(leftRecently).when(erase, by("hr-1", "HR")), CareerRules.RETENTION_PERIOD_RUNNING)
                    .expectExceptionMessage("The personal data of emp-1 is kept until 2026-06-30 (P1Y after their last working day, 2025-06-30).");
        }

        @Test
        void aLegalHoldHoldsTheDataBack() {
            refused(left(leftLongAgo).andGiven(hold).when(erase, by("hr-1", "HR")), CareerRules.LEGAL_HOLD);
        }

        @Test
        void onceTheHoldIsLiftedTheErasureGoesAhead() {
            left(leftLongAgo).andGiven(hold, new LegalHoldLifted(ADA, "Settled")).when(erase, by("hr-1", "HR")).expectEvents(erased);
        }

        @Test
        void hrPlacesALegalHold() {
            left(leftRecently).when(new PlaceLegalHold(ADA, "Tribunal claim ET-3"), by("hr-1", "HR")).expectEvents(hold);
        }

        @Test
        void onlyHrPlacesALegalHold() {
            forbidden(left(leftRecently).when(new PlaceLegalHold(ADA, "Tribunal claim ET-3"), by(MANAGER, "MANAGER")),
                    CareerRules.NOT_ALLOWED);
        }

        @Test
        void aHoldThatStandsIsNotPlacedTwice() {
            left(leftRecently).andGiven(hold).when(new PlaceLegalHold(ADA, "Another claim"), by("hr-1", "HR")).expectNoEvents();
        }

        @Test
        void liftingAHoldThatDoesNotStandIsRefused() {
            refused(left(leftRecently).when(new LiftLegalHold(ADA, "Settled"), by("hr-1", "HR")), CareerRules.NO_LEGAL_HOLD);
        }

        @Test
        void nothingIsHeldOnceErased() {
            refused(left(leftLongAgo).andGiven(erased).when(new PlaceLegalHold(ADA, "Late claim"), by("hr-1", "HR")),
                    CareerRules.PERSONAL_DATA_ERASED);
        }
    }

    @Nested
    class ChoosingATrack {

        @Test
        void levelOneFollowsTheFoundationTrack() {
            refused(atLevel(1).when(chooseTrack("expert", MANAGER), by(ADA)), CareerRules.TRACK_NOT_ALLOWED).expectExceptionMessage(
                    "Level 1 employees follow the foundation track to build broad experience first; 'expert' is allowed at levels 2–4.");
        }

        @Test
        void levelOneChoosesTheFoundationTrack() {
            atLevel(1).when(chooseTrack("foundation", MANAGER), by(ADA))
                    .expectEvents(new TrackChosen(ADA, "three-track", 1, null, "foundation", 1, "Strengths", MANAGER, null));
        }

        @Test
        void fromLevelFiveNotTheExpertTrack() {
            refused(atLevel(5).when(chooseTrack("expert", MANAGER), by(ADA)), CareerRules.TRACK_NOT_ALLOWED);
        }

        @Test
        void fromLevelFiveTheLeadershipVariant() {
            atLevel(5).when(chooseTrack("director", MANAGER), by(ADA))
                    .expectEvents(new TrackChosen(ADA, "three-track", 1, null, "director", 5, "Strengths", MANAGER, null));
        }

        @Test
        void theEmployeeIssuesAndTheManagerAgrees() {
            atLevel(3).when(chooseTrack("expert", MANAGER), by(ADA))
                    .expectEvents(new TrackChosen(ADA, "three-track", 1, null, "expert", 3, "Strengths", MANAGER, null));
        }

        @Test
        void theManagerIssuesAndTheEmployeeAgrees() {
            atLevel(3).when(chooseTrack("expert", ADA), by(MANAGER))
                    .expectEvents(new TrackChosen(ADA, "three-track", 1, null, "expert", 3, "Strengths", ADA, null));
        }

        @Test
        void theOtherPartyIsNamedAsAgreeing() {
            refused(atLevel(3).when(chooseTrack("expert", null), by(ADA)), CareerRules.AGREEMENT_REQUIRED)
                    .expectExceptionMessage("A track is agreed between the person and their line manager: name mgr-1 as agreeing.");
        }

        @Test
        void aSwitchKeepsFromAndTo() {
            atLevel(3).andGiven(EXPERT)
                    .when(new ChooseTrack(ADA, "people-leader", "Mentors the team", MANAGER, "conv-1"), by(ADA))
                    .expectEvents(new TrackChosen(ADA, "three-track", 1, "expert", "people-leader", 3, "Mentors the team", MANAGER, "conv-1"));
        }

        @Test
        void theSameTrackAgainChangesNothing() {
            atLevel(3).andGiven(EXPERT).when(chooseTrack("expert", MANAGER), by(ADA)).expectNoEvents();
        }

        @Test
        void aRetiredTrackCannotBeChosenAfterItsSunset() {
            retirements = Map.of("entrepreneur", new TrackRetirementScheduled("three-track", "entrepreneur", TODAY, "expert", "Merged"));
            refused(atLevel(3).andGivenCurrentTime(NOW).when(chooseTrack("entrepreneur", MANAGER), by(ADA)), CareerRules.TRACK_NOT_ALLOWED)
                    .expectExceptionMessage("Track 'entrepreneur' was retired on 2026-03-02; people on it move to 'expert'.");
        }

        @Test
        void strangersDoNotChooseATrack() {
            forbidden(atLevel(3).when(chooseTrack("expert", MANAGER), by(STRANGER, "MANAGER")), CareerRules.NOT_ALLOWED);
        }

        @Test
        void anUnpublishedFrameworkRefuses() {
            published = false;
            refused(atLevel(3).when(chooseTrack("expert", MANAGER), by(ADA)), CareerRules.FRAMEWORK_NOT_PUBLISHED)
                    .expectExceptionMessage("Framework three-track has no published version yet.");
        }
    }

    @Nested
    class Assessing {

        @Test
        void thePersonAssessesThemself() {
            atLevel(3).when(assess("a-1", AssessorRole.SELF, 3), by(ADA)).expectEvents(assessed("a-1", AssessorRole.SELF, ADA, 3));
        }

        @Test
        void theLineManagerMakesTheManagerAssessment() {
            atLevel(3).when(assess("a-1", AssessorRole.MANAGER, 4), by(MANAGER)).expectEvents(assessed("a-1", AssessorRole.MANAGER, MANAGER, 4));
        }

        @Test
        void aPeerAssessesSomeoneElse() {
            atLevel(3).when(assess("a-1", AssessorRole.PEER, 3), by("peer-1")).expectEvents(assessed("a-1", AssessorRole.PEER, "peer-1", 3));
        }

        @Test
        void aCouncilMemberMakesTheCouncilAssessment() {
            atLevel(3).when(assess("a-1", AssessorRole.COUNCIL, 3), by("c-1", "COUNCIL"))
                    .expectEvents(assessed("a-1", AssessorRole.COUNCIL, "c-1", 3));
        }

        @Test
        void aSelfAssessmentIsNotMadeBySomeoneElse() {
            forbidden(atLevel(3).when(assess("a-1", AssessorRole.SELF, 3), by(MANAGER)), CareerRules.NOT_ALLOWED);
        }

        @Test
        void aManagerAssessmentIsMadeByTheLineManagerOnly() {
            forbidden(atLevel(3).when(assess("a-1", AssessorRole.MANAGER, 3), by("peer-1")), CareerRules.NOT_ALLOWED);
        }

        @Test
        void nobodyIsTheirOwnPeer() {
            forbidden(atLevel(3).when(assess("a-1", AssessorRole.PEER, 3), by(ADA)), CareerRules.NOT_ALLOWED);
        }

        @Test
        void aCouncilAssessmentIsMadeByTheCouncilNotHr() {
            forbidden(atLevel(3).when(assess("a-1", AssessorRole.COUNCIL, 3), by("hr-1", "HR")), CareerRules.NOT_ALLOWED);
        }

        @Test
        void theCompetencyIsOneOfTheFramework() {
            refused(atLevel(3).when(new AssessCompetency(ADA, "a-1", "juggling", AssessorRole.SELF, 3, List.of(), null, null, null),
                    by(ADA)), CareerRules.UNKNOWN_COMPETENCY).expectExceptionMessage("Framework three-track has no competency 'juggling'.");
        }

        @Test
        void theRatingIsOnTheScale() {
            refused(atLevel(3).when(assess("a-1", AssessorRole.SELF, 6), by(ADA)), CareerRules.PROFICIENCY_OFF_SCALE)
                    .expectExceptionMessage("Proficiency 6 is not on the framework's scale (1 to 5).");
        }

        @Test
        void aRetryChangesNothing() {
            atLevel(3).andGiven(assessed("a-1", AssessorRole.SELF, ADA, 3)).when(assess("a-1", AssessorRole.SELF, 3), by(ADA)).expectNoEvents();
        }

        @Test
        void anotherRatingUnderTheSameIdIsAConflict() {
            conflict(atLevel(3).andGiven(assessed("a-1", AssessorRole.SELF, ADA, 3)).when(assess("a-1", AssessorRole.SELF, 4), by(ADA)),
                    CareerRules.ASSESSMENT_ID_TAKEN);
        }

        @Test
        void anAssessmentGoesIntoAnOpenReviewCycle() {
            atLevel(3).when(inCycle("rc-open"), by(ADA)).expectEvents(new CompetencyAssessed(ADA, "a-1", "craft", AssessorRole.SELF, ADA, 3,
                    List.of(), null, "rc-open", null, "three-track", 1));
        }

        @Test
        void aClosedReviewCycleTakesNoMoreAssessments() {
            refused(atLevel(3).when(inCycle("rc-closed"), by(ADA)), CareerRules.REVIEW_CYCLE_CLOSED)
                    .expectExceptionMessage("Review cycle rc-closed is closed; it takes no more assessments.");
        }

        @Test
        void theReviewCycleExists() {
            refused(atLevel(3).when(inCycle("rc-9"), by(ADA)), CareerRules.UNKNOWN_REVIEW_CYCLE);
        }

        private AssessCompetency inCycle(String cycleId) {
            return new AssessCompetency(ADA, "a-1", "craft", AssessorRole.SELF, 3, List.of(), null, cycleId, null);
        }
    }

    @Nested
    class Calibrating {

        private final CompetencyAssessed original = assessed("a-1", AssessorRole.MANAGER, MANAGER, 4);
        private final AssessmentCalibrated calibrated = new AssessmentCalibrated(ADA, "a-1", "craft", 4, 3, "Aligned with peers", "c-1");

        @Test
        void theCouncilCalibratesWithAJustificationAndTheOriginalStays() {
            atLevel(3).andGiven(original).when(calibrate(3, "Aligned with peers"), by("c-1", "COUNCIL")).expectEvents(calibrated);
        }

        @Test
        void hrCalibrates() {
            atLevel(3).andGiven(original).when(calibrate(3, "Aligned with peers"), by("hr-1", "HR"))
                    .expectEvents(new AssessmentCalibrated(ADA, "a-1", "craft", 4, 3, "Aligned with peers", "hr-1"));
        }

        @Test
        void theSameCalibrationAgainChangesNothing() {
            atLevel(3).andGiven(original, calibrated).when(calibrate(3, "Aligned with peers"), by("c-1", "COUNCIL")).expectNoEvents();
        }

        @Test
        void aManagerDoesNotCalibrate() {
            forbidden(atLevel(3).andGiven(original).when(calibrate(3, "Mine"), by(MANAGER, "MANAGER")), CareerRules.NOT_ALLOWED);
        }

        @Test
        void aCalibrationSaysWhy() {
            refused(atLevel(3).andGiven(original).when(calibrate(3, " "), by("c-1", "COUNCIL")), CareerRules.JUSTIFICATION_REQUIRED)
                    .expectExceptionMessage("A calibration says why the rating changes.");
        }

        @Test
        void theCalibratedRatingIsOnTheScale() {
            refused(atLevel(3).andGiven(original).when(calibrate(0, "Too low"), by("c-1", "COUNCIL")), CareerRules.PROFICIENCY_OFF_SCALE);
        }

        @Test
        void anUnknownAssessmentIsNotFound() {
            notFound(atLevel(3).when(new CalibrateAssessment(ADA, "a-9", 3, "Why"), by("c-1", "COUNCIL")), CareerRules.UNKNOWN_ASSESSMENT)
                    .expectExceptionMessage("No assessment a-9.");
        }

        private static CalibrateAssessment calibrate(int proficiency, String justification) {
            return new CalibrateAssessment(ADA, "a-1", proficiency, justification);
        }
    }

    @Nested
    class Goals {

        private static final String VAGUE = "A goal needs an observable measure and a due date that is not in the past, "
                + "so everyone can tell when it is met.";
        private final GoalSet set = new GoalSet(ADA, "g-1", "Run the guild", "Six sessions with minutes", TODAY.plusMonths(6),
                "knowledge-sharing", null, null);
        private final GoalCompleted completed = new GoalCompleted(ADA, "g-1", List.of("minutes"));

        @Test
        void anObservableTimeBoundGoalIsSet() {
            atLevel(3).andGivenCurrentTime(NOW).when(setGoal("Six sessions with minutes", TODAY.plusMonths(6)), by(ADA)).expectEvents(set);
        }

        @Test
        void theSameGoalAgainChangesNothing() {
            atLevel(3).andGiven(set).andGivenCurrentTime(NOW).when(setGoal("Six sessions with minutes", TODAY.plusMonths(6)), by(ADA))
                    .expectNoEvents();
        }

        @Test
        void anotherGoalUnderATakenIdIsAConflict() {
            conflict(atLevel(3).andGiven(set).andGivenCurrentTime(NOW).when(setGoal("Four sessions", TODAY.plusMonths(6)), by(ADA)),
                    CareerRules.GOAL_ID_TAKEN).expectExceptionMessage("Goal g-1 was already set with other details.");
        }

        @Test
        void aGoalWithoutAMeasureIsVague() {
            refused(atLevel(3).andGivenCurrentTime(NOW).when(setGoal(" ", TODAY.plusMonths(6)), by(ADA)), CareerRules.VAGUE_GOAL)
                    .expectExceptionMessage(VAGUE);
        }

        @Test
        void aGoalWithoutADueDateIsVague() {
            refused(atLevel(3).andGivenCurrentTime(NOW).when(setGoal("Six sessions", null), by(ADA)), CareerRules.VAGUE_GOAL);
        }

        @Test
        void aGoalDueInThePastIsVague() {
            refused(atLevel(3).andGivenCurrentTime(NOW).when(setGoal("Six sessions", TODAY.minusDays(1)), by(ADA)), CareerRules.VAGUE_GOAL);
        }

        @Test
        void aGoalTowardsAMilestoneNamesOneOfTheFramework() {
            refused(atLevel(3).andGivenCurrentTime(NOW).when(new SetGoal(ADA, "g-2", "Become the reference", "ADRs", TODAY.plusMonths(6),
                    null, "moon-landing", null), by(ADA)), CareerRules.UNKNOWN_MILESTONE)
                    .expectExceptionMessage("Framework three-track has no milestone 'moon-landing'.");
        }

        @Test
        void aGoalOnACompetencyNamesOneOfTheFramework() {
            refused(atLevel(3).andGivenCurrentTime(NOW).when(new SetGoal(ADA, "g-2", "Juggle", "Three balls", TODAY.plusMonths(6),
                    "juggling", null, null), by(ADA)), CareerRules.UNKNOWN_COMPETENCY);
        }

        @Test
        void aStrangerSetsNoGoal() {
            forbidden(atLevel(3).andGivenCurrentTime(NOW).when(setGoal("Six sessions", TODAY.plusMonths(6)), by(STRANGER)),
                    CareerRules.NOT_ALLOWED);
        }

        @Test
        void progressIsRecorded() {
            atLevel(3).andGiven(set).when(new RecordGoalProgress(ADA, "g-1", 50, "Three held"), by(ADA))
                    .expectEvents(new GoalProgressRecorded(ADA, "g-1", 50, "Three held"));
        }

        @Test
        void theSameProgressAgainChangesNothing() {
            atLevel(3).andGiven(set, new GoalProgressRecorded(ADA, "g-1", 50, "Three held"))
                    .when(new RecordGoalProgress(ADA, "g-1", 50, "Three held"), by(ADA)).expectNoEvents();
        }

        @Test
        void aStrangerRecordsNoProgress() {
            forbidden(atLevel(3).andGiven(set).when(new RecordGoalProgress(ADA, "g-1", 50, null), by(STRANGER)), CareerRules.NOT_ALLOWED);
        }

        @Test
        void progressOnAnUnknownGoalIsNotFound() {
            notFound(atLevel(3).when(new RecordGoalProgress(ADA, "g-9", 10, null), by(ADA)), CareerRules.UNKNOWN_GOAL)
                    .expectExceptionMessage("No goal g-9.");
        }

        @Test
        void theManagerCompletesAGoalWithEvidence() {
            atLevel(3).andGiven(set).when(new CompleteGoal(ADA, "g-1", List.of("minutes")), by(MANAGER)).expectEvents(completed);
        }

        @Test
        void aGoalIsCompletedWithEvidence() {
            refused(atLevel(3).andGiven(set).when(new CompleteGoal(ADA, "g-1", List.of()), by(ADA)), CareerRules.EVIDENCE_REQUIRED)
                    .expectExceptionMessage("A goal is completed with the evidence that it was met.");
        }

        @Test
        void completingAgainChangesNothing() {
            atLevel(3).andGiven(set, completed).when(new CompleteGoal(ADA, "g-1", List.of("minutes")), by(ADA)).expectNoEvents();
        }

        @Test
        void aCompletedGoalTakesNoMoreProgress() {
            conflict(atLevel(3).andGiven(set, completed).when(new RecordGoalProgress(ADA, "g-1", 60, null), by(ADA)),
                    CareerRules.GOAL_CLOSED).expectExceptionMessage("Goal g-1 is already completed.");
        }

        @Test
        void hrAbandonsAGoalWithAReason() {
            atLevel(3).andGiven(set).when(new AbandonGoal(ADA, "g-1", "Guild merged"), by("hr-1", "HR"))
                    .expectEvents(new GoalAbandoned(ADA, "g-1", "Guild merged"));
        }

        @Test
        void anAbandonmentSaysWhy() {
            refused(atLevel(3).andGiven(set).when(new AbandonGoal(ADA, "g-1", ""), by(ADA)), CareerRules.REASON_REQUIRED);
        }

        private SetGoal setGoal(String measure, LocalDate due) {
            return new SetGoal(ADA, "g-1", "Run the guild", measure, due, "knowledge-sharing", null, null);
        }
    }

    @Nested
    class MilestoneEvidence {

        private final MilestoneEvidenceRecorded evidence = new MilestoneEvidenceRecorded(ADA, "expert-reference", "Three ADRs");
        private final VerifyMilestone verify = new VerifyMilestone(ADA, "expert-reference");

        @Test
        void thePersonRecordsEvidence() {
            atLevel(3).when(new RecordMilestoneEvidence(ADA, "expert-reference", "Three ADRs"), by(ADA)).expectEvents(evidence);
        }

        @Test
        void aStrangerRecordsNoEvidence() {
            forbidden(atLevel(3).when(new RecordMilestoneEvidence(ADA, "expert-reference", "Three ADRs"), by(STRANGER)),
                    CareerRules.NOT_ALLOWED);
        }

        @Test
        void theMilestoneIsOneOfTheFramework() {
            refused(atLevel(3).when(new RecordMilestoneEvidence(ADA, "moon-landing", "Photos"), by(ADA)), CareerRules.UNKNOWN_MILESTONE);
        }

        @Test
        void theLineManagerVerifiesTheEvidence() {
            atLevel(3).andGiven(evidence).when(verify, by(MANAGER)).expectEvents(new MilestoneVerified(ADA, "expert-reference", MANAGER));
        }

        @Test
        void aCouncilMemberVerifiesTheEvidence() {
            atLevel(3).andGiven(evidence).when(verify, by("c-1", "COUNCIL")).expectEvents(new MilestoneVerified(ADA, "expert-reference", "c-1"));
        }

        @Test
        void verifyingAgainChangesNothing() {
            atLevel(3).andGiven(evidence, new MilestoneVerified(ADA, "expert-reference", MANAGER)).when(verify, by(MANAGER)).expectNoEvents();
        }

        @Test
        void thereIsNothingToVerifyWithoutEvidence() {
            refused(atLevel(3).when(verify, by(MANAGER)), CareerRules.MILESTONE_WITHOUT_EVIDENCE)
                    .expectExceptionMessage("There is no evidence for milestone 'expert-reference' to verify yet.");
        }

        @Test
        void nobodyVerifiesTheirOwnMilestoneEvenOnTheCouncil() {
            forbidden(atLevel(3).andGiven(evidence).when(verify, by(ADA, "COUNCIL")), CareerRules.NOT_ALLOWED);
        }
    }

    @Nested
    class Mobility {

        private final MobilityAssignmentStarted started = new MobilityAssignmentStarted(ADA, "m-1", MobilityKind.ROTATION, "Payments",
                "entrepreneur", List.of("Handover"), List.of("One experiment"), TODAY, TODAY.plusMonths(3));
        private final MobilityAssignmentEnded ended = new MobilityAssignmentEnded(ADA, "m-1", TODAY.plusMonths(3), "Shipped it");
        private final EndMobilityAssignment end = new EndMobilityAssignment(ADA, "m-1", TODAY.plusMonths(3), "Shipped it");

        @Test
        void theLineManagerStartsARotation() {
            atLevel(3).when(rotation("m-1", "entrepreneur", TODAY.plusMonths(3)), by(MANAGER)).expectEvents(started);
        }

        @Test
        void theSameRotationAgainChangesNothing() {
            atLevel(3).andGiven(started).when(rotation("m-1", "entrepreneur", TODAY.plusMonths(3)), by(MANAGER)).expectNoEvents();
        }

        @Test
        void oneAssignmentRunsAtATime() {
            conflict(atLevel(3).andGiven(started).when(rotation("m-2", "entrepreneur", TODAY.plusMonths(3)), by(MANAGER)),
                    CareerRules.ASSIGNMENT_ACTIVE).expectExceptionMessage("Another rotation or secondment is still running; end it first.");
        }

        @Test
        void anAssignmentEndsAfterItStarts() {
            refused(atLevel(3).when(rotation("m-1", "entrepreneur", TODAY), by(MANAGER)), CareerRules.ASSIGNMENT_DATES);
        }

        @Test
        void theTargetTrackIsOneOfTheFramework() {
            refused(atLevel(3).when(rotation("m-1", "astronaut", TODAY.plusMonths(3)), by(MANAGER)), CareerRules.UNKNOWN_TRACK)
                    .expectExceptionMessage("Framework three-track has no track 'astronaut'.");
        }

        @Test
        void thePersonDoesNotArrangeTheirOwnRotation() {
            forbidden(atLevel(3).when(rotation("m-1", "entrepreneur", TODAY.plusMonths(3)), by(ADA)), CareerRules.NOT_ALLOWED);
        }

        @Test
        void hrEndsTheAssignment() {
            atLevel(3).andGiven(started).when(end, by("hr-1", "HR")).expectEvents(ended);
        }

        @Test
        void endingAgainChangesNothing() {
            atLevel(3).andGiven(started, ended).when(end, by(MANAGER)).expectNoEvents();
        }

        @Test
        void thePersonDoesNotEndTheirOwnAssignment() {
            forbidden(atLevel(3).andGiven(started).when(end, by(ADA)), CareerRules.NOT_ALLOWED);
        }

        @Test
        void anUnknownAssignmentIsNotFound() {
            notFound(atLevel(3).when(new EndMobilityAssignment(ADA, "m-9", TODAY, "?"), by(MANAGER)), CareerRules.UNKNOWN_ASSIGNMENT)
                    .expectExceptionMessage("No assignment m-9.");
        }

        private StartMobilityAssignment rotation(String id, String track, LocalDate endDate) {
            return new StartMobilityAssignment(ADA, id, MobilityKind.ROTATION, "Payments", track, List.of("Handover"),
                    List.of("One experiment"), TODAY, endDate);
        }
    }

    @Nested
    class Promotion {

        private final PromotionApplied applied = new PromotionApplied(ADA, "case-1", 3, 4, "Lead Specialist", "G4", "B4", TODAY);

        @Test
        void anApprovedCaseRaisesTheLevelWithTheGradeAndBandOfTheTrack() {
            atLevel(3).when(promote("expert", 4), by(SAGA, "HR")).expectEvents(applied);
        }

        @Test
        void applyingTheSameCaseAgainChangesNothing() {
            atLevel(3).andGiven(applied).when(promote("expert", 4), by(SAGA, "HR")).expectNoEvents();
        }

        @Test
        void theLevelExistsOnTheTrack() {
            refused(atLevel(3).andGiven(applied).when(new ApplyPromotion(ADA, "case-2", "expert", 5, TODAY), by(SAGA, "HR")),
                    CareerRules.UNKNOWN_LEVEL).expectExceptionMessage("Framework three-track has no level 5 on track 'expert'.");
        }

        @Test
        void nobodyWhoLeftIsPromoted() {
            refused(atLevel(3).andGiven(new EmployeeOffboarded(ADA, TODAY, "Moved abroad")).when(promote("expert", 4), by(SAGA, "HR")),
                    CareerRules.OFFBOARDED);
        }

        @Test
        void aPromotionIsToALevelAboveTheCurrentOne() {
            refused(atLevel(4).when(promote("expert", 4), by(SAGA, "HR")), CareerRules.ALREADY_AT_LEVEL)
                    .expectExceptionMessage("Employee emp-1 is already at level 4, not below level 4.");
        }

        @Test
        void anotherCaseToALevelAlreadyReachedIsRefused() {
            refused(atLevel(3).andGiven(applied).when(new ApplyPromotion(ADA, "case-2", "expert", 4, TODAY), by(SAGA, "HR")),
                    CareerRules.ALREADY_AT_LEVEL);
        }

        @Test
        void aPromotionIsAppliedFromAnApprovedCaseOnly() {
            forbidden(atLevel(3).when(promote("expert", 4), by(MANAGER, "MANAGER")), CareerRules.NOT_ALLOWED);
        }

        private ApplyPromotion promote(String track, int level) {
            return new ApplyPromotion(ADA, "case-1", track, level, TODAY);
        }
    }

    private TestExecutor<EmployeeCareer> atLevel(int level) {
        return fixture.given(registration(level).registered());
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
