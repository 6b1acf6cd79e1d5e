package io.careerledger.query.asof;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.careerledger.events.AssessmentCalibrated;
import io.careerledger.events.AssessorRole;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.GoalProgressRecorded;
import io.careerledger.events.GoalSet;
import io.careerledger.events.PromotionApplied;
import io.careerledger.events.PromotionCompleted;
import io.careerledger.events.PromotionDecided;
import io.careerledger.events.PromotionDecision;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.ReadinessSnapshot;
import io.careerledger.events.TrackChosen;
import io.careerledger.query.asof.CareerAsOf.GoalState;
import io.careerledger.query.asof.CareerAsOf.PromotionCaseState;
import io.careerledger.query.promotion.PromotionCaseStatus;
import io.careerledger.query.dashboard.CompetencyMatrix.Rating;

/** The fold's handlers called directly, one rule each. */
class CareerFoldTest {

    private static final String ADA = "ada";
    private static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");
    private static final LocalDate HIRED = LocalDate.parse("2023-03-01");

    private final CareerFold fold = new CareerFold();

    @BeforeEach
    void registeredAtLevelTwo() {
        fold.on(new EmployeeRegistered(ADA, "Ada Lovelace", "ada@example.org", "mgr", "three-track", 2, HIRED), T0);
    }

    @Test
    void aCalibrationLandsOnTheAssessmentItAdjusts() {
        fold.on(assessed("a-1", 2), T0.plusSeconds(1));
        fold.on(assessed("a-2", 3), T0.plusSeconds(2));
        fold.on(new AssessmentCalibrated(ADA, "a-1", "craft", 2, 4, "Aligned", "council-1"), T0.plusSeconds(3));

        assertThat(fold.ratings()).containsExactly(new Rating("craft", "a-1", "MANAGER", 2, 4), new Rating("craft", "a-2", "MANAGER", 3, null));
    }

    @Test
    void aTrackSwitchAtTheSameLevelKeepsTheTimeInLevelAndAChoiceAtAnotherLevelRestartsIt() {
        fold.on(new TrackChosen(ADA, "three-track", 1, null, "expert", 2, "Fits", "mgr", null), T0.plusSeconds(60));
        assertThat(fold.levelSince()).isEqualTo(HIRED);

        fold.on(new TrackChosen(ADA, "three-track", 2, "expert", "people-leader", 3, "Leads", "mgr", null), Instant.parse("2025-02-03T10:00:00Z"));
        assertThat(fold.levelSince()).isEqualTo(LocalDate.parse("2025-02-03"));
        assertThat(fold.frameworkVersion()).isEqualTo(2);
    }

    @Test
    void anAppliedPromotionMovesTheLevelUnderTheVersionTheCaseWasNominatedUnder() {
        fold.on(new TrackChosen(ADA, "three-track", 1, null, "expert", 2, "Fits", "mgr", null), T0.plusSeconds(60));
        nominate(3);
        fold.on(new PromotionApplied(ADA, "case-1", 2, 3, "Senior", "G3", "B3", LocalDate.parse("2025-04-01")), T0.plusSeconds(180));

        assertThat(fold.level()).isEqualTo(3);
        assertThat(fold.levelSince()).isEqualTo(LocalDate.parse("2025-04-01"));
        assertThat(fold.frameworkVersion()).isEqualTo(3);
        assertThat(fold.openCase()).contains(new PromotionCaseState("case-1", PromotionCaseStatus.OPEN, null, 3));
    }

    @Test
    void aCaseIsOpenUntilItIsCompleted() {
        nominate(1);
        fold.on(new PromotionDecided(ADA, "case-1", PromotionDecision.APPROVE, "Clear", "council-1", LocalDate.parse("2025-04-01"), 2),
                T0.plusSeconds(150));
        assertThat(fold.openCase()).contains(new PromotionCaseState("case-1", PromotionCaseStatus.DECIDED, PromotionDecision.APPROVE, 3));

        fold.on(new PromotionCompleted(ADA, "case-1", 3), T0.plusSeconds(200));
        assertThat(fold.openCase()).isEmpty();
    }

    @Test
    void aGoalStillOpenAfterItsDueDateIsOverdueOnTheDayAsked() {
        fold.on(new GoalSet(ADA, "g-1", "Runbook", "Merged", LocalDate.parse("2025-03-31"), null, null, null), T0);
        fold.on(new GoalProgressRecorded(ADA, "g-1", 40, "Draft"), T0);

        assertThat(fold.goals(LocalDate.parse("2025-03-31"))).containsExactly(
                new GoalState("g-1", "Runbook", LocalDate.parse("2025-03-31"), 40, "OPEN", false));
        assertThat(fold.goals(LocalDate.parse("2025-04-01"))).extracting(GoalState::overdue).containsExactly(true);
    }

    private void nominate(int frameworkVersion) {
        fold.on(new PromotionNominated(ADA, "case-1", "three-track", frameworkVersion, "expert", 2, 3, "Ready", null, "mgr",
                new ReadinessSnapshot(List.of(), List.of(), List.of(), List.of())), T0.plusSeconds(120));
    }

    private static CompetencyAssessed assessed(String assessmentId, int proficiency) {
        return new CompetencyAssessed(ADA, assessmentId, "craft", AssessorRole.MANAGER, "mgr", proficiency, List.of(), null, null, null,
                "three-track", 1);
    }
}
