package io.careerledger.command.review;

import static io.careerledger.command.support.Refusals.conflict;
import static io.careerledger.command.support.Refusals.forbidden;
import static io.careerledger.command.support.Refusals.refused;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.careerledger.command.framework.FrameworksInForce;
import io.careerledger.command.framework.PublishedFramework;
import io.careerledger.command.security.ActorMetadata;
import io.careerledger.events.FrameworkDefinition;
import io.careerledger.events.MissingAssessment;
import io.careerledger.events.ReviewCycleClosed;
import io.careerledger.events.ReviewCycleDeadlinePassed;
import io.careerledger.events.ReviewCycleOpened;
import io.careerledger.events.ReviewCyclePhaseStarted;
import io.careerledger.events.ReviewPhase;
import io.careerledger.events.ReviewPopulation;

/** Opening a review cycle, its phases in order, its deadlines, and closing it. */
class ReviewCycleTest {

    private static final String CYCLE = "rc-1";
    private static final String HR = "hr-1";
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalDate SELF = LocalDate.of(2026, 3, 20);
    private static final LocalDate MANAGER = LocalDate.of(2026, 4, 10);
    private static final LocalDate CALIBRATION = LocalDate.of(2026, 4, 30);
    private static final ReviewPopulation EVERYONE = new ReviewPopulation(true, List.of(), List.of());
    private static final ReviewCycleOpened OPENED = new ReviewCycleOpened(CYCLE, "Spring 2026", "three-track", EVERYONE,
            SELF, MANAGER, CALIBRATION, HR);

    private static final List<MissingAssessment> SELF_MISSING = List.of(new MissingAssessment("emp-1", "emp-1"));
    private static final List<MissingAssessment> MANAGER_MISSING = List.of(new MissingAssessment("emp-1", "mgr-1"),
            new MissingAssessment("emp-2", "mgr-1"));
    /** Who the cycle's register says is missing what: the event must carry exactly this. */
    private static final ReviewProgress STILL_MISSING = (cycle, phase) -> cycle.equals(OPENED)
            ? switch (phase) {
                case SELF_ASSESSMENT -> SELF_MISSING;
                case MANAGER_ASSESSMENT -> MANAGER_MISSING;
                case CALIBRATION -> List.of();
            }
            : List.of(new MissingAssessment("someone-else", null));

    private static final ReviewCyclePhaseStarted MANAGERS = new ReviewCyclePhaseStarted(CYCLE, ReviewPhase.SELF_ASSESSMENT,
            ReviewPhase.MANAGER_ASSESSMENT);
    private static final ReviewCyclePhaseStarted CALIBRATING = new ReviewCyclePhaseStarted(CYCLE, ReviewPhase.MANAGER_ASSESSMENT,
            ReviewPhase.CALIBRATION);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY_IN_BERLIN = LocalDate.ofInstant(NOW, BERLIN);

    private AggregateTestFixture<ReviewCycle> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureCountingDaysIn(ZoneOffset.UTC);
    }

    private static AggregateTestFixture<ReviewCycle> fixtureCountingDaysIn(ZoneId zone) {
        AggregateTestFixture<ReviewCycle> fixture = new AggregateTestFixture<>(ReviewCycle.class);
        FrameworkDefinition definition = new FrameworkDefinition("three-track", "Three tracks", null, List.of(), List.of(), List.of(),
                List.of(), List.of(), false);
        FrameworksInForce frameworks = id -> id.equals("three-track")
                ? Optional.of(new PublishedFramework(1, definition, Map.of())) : Optional.empty();
        fixture.registerInjectableResource(frameworks);
        fixture.registerInjectableResource(new ReviewCycleProperties(zone));
        fixture.registerInjectableResource(STILL_MISSING);
        return fixture;
    }

    @Test
    void hrOpensACycleAndEachPhaseDeadlineIsScheduled() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
                .when(open(EVERYONE, SELF, MANAGER, CALIBRATION), by(HR, "HR"))
                .expectEvents(OPENED)
                .expectScheduledDeadlineWithName(passes(SELF), ReviewCycle.PHASE_DEADLINE)
                .expectScheduledDeadlineWithName(passes(MANAGER), ReviewCycle.PHASE_DEADLINE)
                .expectScheduledDeadlineWithName(passes(CALIBRATION), ReviewCycle.PHASE_DEADLINE);
    }

    @Test
    void openingTheSameCycleAgainChangesNothing() {
        fixture.given(OPENED).when(open(EVERYONE, SELF, MANAGER, CALIBRATION), by("hr-2", "HR")).expectNoEvents();
    }

    @Test
    void anotherCycleUnderATakenIdIsAConflict() {
        conflict(fixture.given(OPENED).when(open(EVERYONE, SELF, MANAGER, CALIBRATION.plusDays(1)), by(HR, "HR")),
                ReviewCycleRules.CYCLE_ID_TAKEN);
    }

    @Test
    void aCycleMayCoverNamedManagersAndTeams() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
                .when(open(new ReviewPopulation(false, List.of("mgr-1"), List.of("Payments")), SELF, MANAGER, CALIBRATION), by(HR, "HR"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyHrOpensACycle() {
        forbidden(fixture.givenNoPriorActivity().andGivenCurrentTime(NOW).when(open(EVERYONE, SELF, MANAGER, CALIBRATION),
                by("mgr-1", "MANAGER")), ReviewCycleRules.NOT_ALLOWED);
    }

    @Test
    void aCycleIsOnAPublishedFramework() {
        refused(fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
                .when(new OpenReviewCycle(CYCLE, "Spring", "nope", EVERYONE, SELF, MANAGER, CALIBRATION), by(HR, "HR")),
                ReviewCycleRules.FRAMEWORK_NOT_PUBLISHED);
    }

    @Test
    void aCycleCoversSomeone() {
        refused(fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
                .when(open(new ReviewPopulation(false, List.of(), List.of()), SELF, MANAGER, CALIBRATION), by(HR, "HR")),
                ReviewCycleRules.EMPTY_POPULATION);
    }

    @Test
    void theDeadlinesFollowThePhases() {
        refused(fixture.givenNoPriorActivity().andGivenCurrentTime(NOW).when(open(EVERYONE, MANAGER, SELF, CALIBRATION), by(HR, "HR")),
                ReviewCycleRules.DEADLINES_OUT_OF_ORDER).expectExceptionMessage("The deadlines are today or later, in the order "
                + "of the phases: self-assessment, then manager assessment, then calibration.");
    }

    @Test
    void hrStartsTheNextPhase() {
        fixture.given(OPENED).when(new StartReviewPhase(CYCLE, ReviewPhase.MANAGER_ASSESSMENT), by(HR, "HR")).expectEvents(MANAGERS);
    }

    @Test
    void startingThePhaseAgainChangesNothing() {
        fixture.given(OPENED, MANAGERS).when(new StartReviewPhase(CYCLE, ReviewPhase.MANAGER_ASSESSMENT), by(HR, "HR")).expectNoEvents();
    }

    @Test
    void noPhaseIsSkipped() {
        refused(fixture.given(OPENED).when(new StartReviewPhase(CYCLE, ReviewPhase.CALIBRATION), by(HR, "HR")),
                ReviewCycleRules.PHASE_OUT_OF_ORDER)
                .expectExceptionMessage("Review cycle rc-1 is in SELF_ASSESSMENT; it moves to the next phase only, not to CALIBRATION.");
    }

    @Test
    void onlyHrMovesTheCycleOn() {
        forbidden(fixture.given(OPENED).when(new StartReviewPhase(CYCLE, ReviewPhase.MANAGER_ASSESSMENT), by("c-1", "COUNCIL")),
                ReviewCycleRules.NOT_ALLOWED);
    }

    @Test
    void theCycleClosesAfterCalibration() {
        fixture.given(OPENED, MANAGERS, CALIBRATING).when(new CloseReviewCycle(CYCLE), by(HR, "HR"))
                .expectEvents(new ReviewCycleClosed(CYCLE, HR));
    }

    @Test
    void notBeforeCalibration() {
        refused(fixture.given(OPENED, MANAGERS).when(new CloseReviewCycle(CYCLE), by(HR, "HR")), ReviewCycleRules.NOT_CALIBRATED)
                .expectExceptionMessage("Review cycle rc-1 is in MANAGER_ASSESSMENT; it closes after calibration.");
    }

    @Test
    void closingAgainChangesNothing() {
        fixture.given(OPENED, MANAGERS, CALIBRATING, new ReviewCycleClosed(CYCLE, HR)).when(new CloseReviewCycle(CYCLE), by(HR, "HR"))
                .expectNoEvents();
    }

    @Test
    void onlyHrClosesTheCycle() {
        forbidden(fixture.given(OPENED, MANAGERS, CALIBRATING).when(new CloseReviewCycle(CYCLE), by("mgr-1", "MANAGER")),
                ReviewCycleRules.NOT_ALLOWED);
    }

    @Test
    void aClosedCycleStartsNoPhase() {
        conflict(fixture.given(OPENED, MANAGERS, CALIBRATING, new ReviewCycleClosed(CYCLE, HR))
                .when(new StartReviewPhase(CYCLE, ReviewPhase.CALIBRATION), by(HR, "HR")), ReviewCycleRules.CYCLE_CLOSED);
    }

    @Test
    void aPassedDeadlineIsRaisedWhileTheCycleIsOpen() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
                .andGivenCommands(List.of(GenericCommandMessage.asCommandMessage(open(EVERYONE, SELF, MANAGER, CALIBRATION)).andMetaData(by(HR, "HR"))))
                .whenTimeAdvancesTo(passes(SELF))
                .expectEvents(new ReviewCycleDeadlinePassed(CYCLE, ReviewPhase.SELF_ASSESSMENT, SELF, SELF_MISSING));
    }

    @Test
    void eachPassedDeadlineSaysWhoIsStillMissingWhatInItsPhase() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
                .andGivenCommands(List.of(GenericCommandMessage.asCommandMessage(open(EVERYONE, SELF, MANAGER, CALIBRATION)).andMetaData(by(HR, "HR"))))
                .whenTimeAdvancesTo(passes(CALIBRATION))
                .expectEvents(new ReviewCycleDeadlinePassed(CYCLE, ReviewPhase.SELF_ASSESSMENT, SELF, SELF_MISSING),
                        new ReviewCycleDeadlinePassed(CYCLE, ReviewPhase.MANAGER_ASSESSMENT, MANAGER, MANAGER_MISSING),
                        new ReviewCycleDeadlinePassed(CYCLE, ReviewPhase.CALIBRATION, CALIBRATION, List.of()));
    }

    @Test
    void aDeadlineDayEndsWhereTheOrganisationCountsIt() {
        fixtureCountingDaysIn(BERLIN).givenNoPriorActivity().andGivenCurrentTime(NOW)
                .when(open(EVERYONE, TODAY_IN_BERLIN, MANAGER, CALIBRATION), by(HR, "HR"))
                .expectSuccessfulHandlerExecution()
                .expectScheduledDeadlineWithName(TODAY_IN_BERLIN.plusDays(1).atStartOfDay(BERLIN).toInstant(), ReviewCycle.PHASE_DEADLINE);
    }

    @Test
    void aDeadlineBeforeTodayWhereTheOrganisationCountsIsRefused() {
        refused(fixtureCountingDaysIn(BERLIN).givenNoPriorActivity().andGivenCurrentTime(NOW)
                .when(open(EVERYONE, TODAY_IN_BERLIN.minusDays(1), MANAGER, CALIBRATION), by(HR, "HR")),
                ReviewCycleRules.DEADLINES_OUT_OF_ORDER);
    }

    @Test
    void noDeadlineIsRaisedOnceTheCycleIsClosed() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
                .andGivenCommands(List.of(
                        GenericCommandMessage.asCommandMessage(open(EVERYONE, SELF, MANAGER, CALIBRATION)).andMetaData(by(HR, "HR")),
                        GenericCommandMessage.asCommandMessage(new StartReviewPhase(CYCLE, ReviewPhase.MANAGER_ASSESSMENT)).andMetaData(by(HR, "HR")),
                        GenericCommandMessage.asCommandMessage(new StartReviewPhase(CYCLE, ReviewPhase.CALIBRATION)).andMetaData(by(HR, "HR")),
                        GenericCommandMessage.asCommandMessage(new CloseReviewCycle(CYCLE)).andMetaData(by(HR, "HR"))))
                .whenTimeAdvancesTo(passes(CALIBRATION))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    private static Instant passes(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static OpenReviewCycle open(ReviewPopulation population, LocalDate self, LocalDate manager, LocalDate calibration) {
        return new OpenReviewCycle(CYCLE, "Spring 2026", "three-track", population, self, manager, calibration);
    }

    private static MetaData by(String actor, String... roles) {
        return MetaData.with(ActorMetadata.ACTOR_ID, actor).and(ActorMetadata.ACTOR_ROLES, String.join(",", roles));
    }
}
