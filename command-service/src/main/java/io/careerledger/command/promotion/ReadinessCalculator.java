package io.careerledger.command.promotion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.careerledger.events.AssessmentCalibrated;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.events.EmployeeOffboarded;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.Expectation;
import io.careerledger.events.GoalAbandoned;
import io.careerledger.events.GoalCompleted;
import io.careerledger.events.GoalSet;
import io.careerledger.events.ManagerChanged;
import io.careerledger.events.Milestone;
import io.careerledger.events.MilestoneVerified;
import io.careerledger.events.PromotionApplied;
import io.careerledger.events.ReadinessSnapshot;
import io.careerledger.events.ReadinessSnapshot.ExpectationReadiness;
import io.careerledger.events.ReadinessSnapshot.MilestoneReadiness;
import io.careerledger.events.TrackChosen;
import io.careerledger.events.TrackLevel;

/**
 * Where a person stands, folded from their own event stream (from its first event, never a
 * snapshot): their manager, framework, track and level, and their latest ratings, goals and verified
 * milestones, to set against what a level expects.
 */
@Component
public class ReadinessCalculator {

    /** A person as a nomination sees them. */
    public record Standing(String employeeId, String managerId, String frameworkId, String trackId, int level,
                           boolean offboarded, Map<String, Rating> latestRatings, Set<String> openGoalIds,
                           Set<String> completedGoalIds, Set<String> verifiedMilestones) {

        /** Every expectation and milestone of {@code target} against this person's record. */
        public ReadinessSnapshot against(TrackLevel target) {
            List<ExpectationReadiness> expectations = new ArrayList<>();
            for (Expectation expectation : target.expectations()) {
                Rating rating = latestRatings.get(expectation.competencyId());
                expectations.add(rating == null
                        ? new ExpectationReadiness(expectation.competencyId(), expectation.proficiency(), null, null, false)
                        : new ExpectationReadiness(expectation.competencyId(), expectation.proficiency(), rating.proficiency(),
                                rating.assessmentId(), rating.proficiency() >= expectation.proficiency()));
            }
            List<MilestoneReadiness> milestones = target.milestones().stream()
                    .map(Milestone::id)
                    .map(id -> new MilestoneReadiness(id, verifiedMilestones.contains(id)))
                    .toList();
            return new ReadinessSnapshot(expectations, milestones, List.copyOf(openGoalIds), List.copyOf(completedGoalIds));
        }
    }

    /** The latest rating of a competency: the calibrated value when it was calibrated. */
    public record Rating(String assessmentId, int proficiency) {
    }

    private final Function<String, List<?>> history;

    @Autowired
    ReadinessCalculator(EventStore eventStore) {
        this(employeeId -> eventStore.readEvents(employeeId, 0).asStream().map(Message::getPayload).toList());
    }

    /** @param history the payloads of a person's events, oldest first */
    public ReadinessCalculator(Function<String, List<?>> history) {
        this.history = history;
    }

    /** @return empty when nobody is registered under the id */
    public Optional<Standing> standingOf(String employeeId) {
        Fold fold = new Fold();
        history.apply(employeeId).forEach(fold::on);
        if (fold.registered == null) {
            return Optional.empty();
        }
        return Optional.of(new Standing(employeeId, fold.managerId, fold.registered.frameworkId(), fold.trackId, fold.level,
                fold.offboarded, Map.copyOf(fold.ratings), Set.copyOf(fold.openGoals), Set.copyOf(fold.completedGoals),
                Set.copyOf(fold.verifiedMilestones)));
    }

    private static final class Fold {

        private EmployeeRegistered registered;
        private String managerId;
        private String trackId;
        private int level;
        private boolean offboarded;
        private final Map<String, String> latestAssessmentOf = new LinkedHashMap<>();
        private final Map<String, Rating> ratings = new LinkedHashMap<>();
        private final Set<String> openGoals = new LinkedHashSet<>();
        private final Set<String> completedGoals = new LinkedHashSet<>();
        private final Set<String> verifiedMilestones = new LinkedHashSet<>();

        void on(Object event) {
            if (event instanceof EmployeeRegistered e) {
                registered = e;
                managerId = e.managerId();
                level = e.level();
            } else if (event instanceof ManagerChanged e) {
                managerId = e.managerId();
            } else if (event instanceof EmployeeOffboarded) {
                offboarded = true;
            } else if (event instanceof TrackChosen e) {
                trackId = e.trackId();
            } else if (event instanceof PromotionApplied e) {
                level = e.toLevel();
            } else if (event instanceof CompetencyAssessed e) {
                latestAssessmentOf.put(e.competencyId(), e.assessmentId());
                ratings.put(e.competencyId(), new Rating(e.assessmentId(), e.proficiency()));
            } else if (event instanceof AssessmentCalibrated e && e.assessmentId().equals(latestAssessmentOf.get(e.competencyId()))) {
                ratings.put(e.competencyId(), new Rating(e.assessmentId(), e.proficiency()));
            } else if (event instanceof GoalSet e) {
                openGoals.add(e.goalId());
            } else if (event instanceof GoalCompleted e) {
                openGoals.remove(e.goalId());
                completedGoals.add(e.goalId());
            } else if (event instanceof GoalAbandoned e) {
                openGoals.remove(e.goalId());
            } else if (event instanceof MilestoneVerified e) {
                verifiedMilestones.add(e.milestoneId());
            }
        }
    }
}
