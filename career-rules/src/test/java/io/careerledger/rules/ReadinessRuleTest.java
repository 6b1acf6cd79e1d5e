package io.careerledger.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.careerledger.events.Expectation;
import io.careerledger.events.Milestone;
import io.careerledger.events.ReadinessSnapshot;
import io.careerledger.events.ReadinessSnapshot.ExpectationReadiness;
import io.careerledger.events.TrackLevel;

class ReadinessRuleTest {

    /** Level 3 expects design 3 and delivery 2, and one milestone. */
    private static final TrackLevel LEVEL_3 = new TrackLevel(3, "Senior Engineer", "G3", "B3",
            List.of(new Expectation("design", 3), new Expectation("delivery", 2)),
            List.of(new Milestone("design-review", "Led a design review", "The review's record", 6)));

    private final RatingsInForce ratings = new RatingsInForce();

    @Test
    void readyWhenEveryExpectationIsMetAndEveryMilestoneVerified() {
        ratings.assessed("design", "a1", 3);
        ratings.assessed("delivery", "a1", 4);

        assertThat(verdict(Set.of("design-review"))).isEqualTo(new ReadinessRule.Verdict(2, 2, 1, 1));
        assertThat(verdict(Set.of("design-review")).ready()).isTrue();
    }

    @Test
    void anUnverifiedMilestoneKeepsAPersonWhoMeetsEveryExpectationFromBeingReady() {
        ratings.assessed("design", "a1", 3);
        ratings.assessed("delivery", "a1", 2);

        assertThat(verdict(Set.of())).isEqualTo(new ReadinessRule.Verdict(2, 2, 0, 1));
        assertThat(verdict(Set.of()).ready()).isFalse();
    }

    @Test
    void aRatingBelowTheExpectationIsNotMet() {
        ratings.assessed("design", "a1", 2);
        ratings.assessed("delivery", "a1", 2);

        assertThat(snapshot(Set.of("design-review")).expectations())
                .containsExactly(new ExpectationReadiness("design", 3, 2, "a1", false), new ExpectationReadiness("delivery", 2, 2, "a1", true));
        assertThat(verdict(Set.of("design-review")).ready()).isFalse();
    }

    @Test
    void aCompetencyNeverAssessedMeetsNothing() {
        ratings.assessed("design", "a1", 5);

        assertThat(snapshot(Set.of("design-review")).expectations())
                .contains(new ExpectationReadiness("delivery", 2, null, null, false));
        assertThat(verdict(Set.of("design-review")).ready()).isFalse();
    }

    @Test
    void theLatestAssessmentCountsWhoeverGaveIt() {
        ratings.assessed("design", "self-1", 4);
        ratings.assessed("design", "manager-1", 2);

        assertThat(ratings.of("design")).contains(new RatingsInForce.Rating("manager-1", 2));
    }

    @Test
    void aCalibratedAssessmentCountsWithItsCalibratedValue() {
        ratings.assessed("design", "a1", 2);
        ratings.calibrated("design", "a1", 3);

        assertThat(ratings.of("design")).contains(new RatingsInForce.Rating("a1", 3));
    }

    @Test
    void calibratingAnAssessmentALaterOneReplacedChangesNothing() {
        ratings.assessed("design", "a1", 2);
        ratings.assessed("design", "a2", 3);
        ratings.calibrated("design", "a1", 5);

        assertThat(ratings.of("design")).contains(new RatingsInForce.Rating("a2", 3));
    }

    @Test
    void aLevelThatExpectsNothingAndHasNoMilestonesIsReady() {
        TrackLevel entry = new TrackLevel(1, "Engineer", "G1", "B1", List.of(), List.of());

        assertThat(ReadinessRule.verdict(ReadinessRule.snapshot(entry, ratings, Set.of(), List.of(), List.of())).ready()).isTrue();
    }

    @Test
    void theSnapshotKeepsTheGoalsAsTheyStand() {
        ReadinessSnapshot snapshot = ReadinessRule.snapshot(LEVEL_3, ratings, Set.of(), List.of("g-open"), List.of("g-done"));

        assertThat(snapshot.openGoalIds()).containsExactly("g-open");
        assertThat(snapshot.completedGoalIds()).containsExactly("g-done");
    }

    private ReadinessSnapshot snapshot(Set<String> verifiedMilestones) {
        return ReadinessRule.snapshot(LEVEL_3, ratings, verifiedMilestones, List.of(), List.of());
    }

    private ReadinessRule.Verdict verdict(Set<String> verifiedMilestones) {
        return ReadinessRule.verdict(snapshot(verifiedMilestones));
    }
}
