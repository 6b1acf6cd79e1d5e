package io.careerledger.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.careerledger.events.Expectation;
import io.careerledger.events.Milestone;
import io.careerledger.events.ReadinessSnapshot;
import io.careerledger.events.ReadinessSnapshot.ExpectationReadiness;
import io.careerledger.events.ReadinessSnapshot.MilestoneReadiness;
import io.careerledger.events.TrackLevel;

/**
 * Whether a person is ready for a level: every expectation of the level met by the rating in force
 * (the latest, calibrated when calibrated; a competency never assessed meets nothing) and every
 * milestone of the level verified. The one place this is decided: the nomination's snapshot and every
 * dashboard judge by it, so a dashboard's "ready" is what a nomination would record.
 */
public final class ReadinessRule {

    private ReadinessRule() {
    }

    /** Every expectation and milestone of {@code target} against the person's record, with their goals as they stand. */
    public static ReadinessSnapshot snapshot(TrackLevel target, RatingsInForce ratings, Set<String> verifiedMilestones,
                                             Collection<String> openGoalIds, Collection<String> completedGoalIds) {
        List<ExpectationReadiness> expectations = new ArrayList<>();
        for (Expectation expectation : target.expectations()) {
            expectations.add(ratings.of(expectation.competencyId())
                    .map(rating -> new ExpectationReadiness(expectation.competencyId(), expectation.proficiency(), rating.proficiency(),
                            rating.assessmentId(), rating.proficiency() >= expectation.proficiency()))
                    .orElseGet(() -> new ExpectationReadiness(expectation.competencyId(), expectation.proficiency(), null, null, false)));
        }
        List<MilestoneReadiness> milestones = target.milestones().stream()
                .map(Milestone::id)
                .map(id -> new MilestoneReadiness(id, verifiedMilestones.contains(id)))
                .toList();
        return new ReadinessSnapshot(expectations, milestones, List.copyOf(openGoalIds), List.copyOf(completedGoalIds));
    }

    public static Verdict verdict(ReadinessSnapshot snapshot) {
        return new Verdict(
                (int) snapshot.expectations().stream().filter(ExpectationReadiness::met).count(), snapshot.expectations().size(),
                (int) snapshot.milestones().stream().filter(MilestoneReadiness::verified).count(), snapshot.milestones().size());
    }

    /** How much of a level a person has: ready when every expectation is met and every milestone verified. */
    public record Verdict(int expectationsMet, int expectations, int milestonesVerified, int milestones) {

        public boolean ready() {
            return expectationsMet == expectations && milestonesVerified == milestones;
        }
    }
}
