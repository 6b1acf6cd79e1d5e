package io.careerledger.command.promotion;

import java.util.LinkedHashSet;
import java.util.List;
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
import io.careerledger.events.GoalAbandoned;
import io.careerledger.events.GoalCompleted;
import io.careerledger.events.GoalSet;
import io.careerledger.events.ManagerChanged;
import io.careerledger.events.MilestoneVerified;
import io.careerledger.events.PromotionApplied;
import io.careerledger.events.ReadinessSnapshot;
import io.careerledger.events.TrackChosen;
import io.careerledger.events.TrackLevel;
import io.careerledger.rules.RatingsInForce;
import io.careerledger.rules.ReadinessRule;

/**
 * Where a person stands, folded from their own event stream (from its first event, never a
 * snapshot): their manager, framework, track and level, and their latest ratings, goals and verified
 * milestones, to set against what a level expects.
 */
@Component
public class ReadinessCalculator {

    /** A person as a nomination sees them. */
    public record Standing(String employeeId, String managerId, String frameworkId, String trackId, int level,
                           boolean offboarded, RatingsInForce ratings, Set<String> openGoalIds,
                           Set<String> completedGoalIds, Set<String> verifiedMilestones) {

        /** Every expectation and milestone of {@code target} against this person's record, by the one readiness rule. */
        public ReadinessSnapshot against(TrackLevel target) {
            return ReadinessRule.snapshot(target, ratings, verifiedMilestones, openGoalIds, completedGoalIds);
        }
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
                fold.offboarded, fold.ratings, Set.copyOf(fold.openGoals), Set.copyOf(fold.completedGoals),
                Set.copyOf(fold.verifiedMilestones)));
    }

    private static final class Fold {

        private EmployeeRegistered registered;
        private String managerId;
        private String trackId;
        private int level;
        private boolean offboarded;
        private final RatingsInForce ratings = new RatingsInForce();
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
                ratings.on(e);
            } else if (event instanceof AssessmentCalibrated e) {
                ratings.on(e);
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
