package io.careerledger.command.career;

import static io.careerledger.command.career.Employee.isBlank;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import io.careerledger.command.eventstore.MessageClock;
import io.careerledger.command.framework.FrameworksInForce;
import io.careerledger.command.framework.PublishedFramework;
import io.careerledger.command.problem.RuleViolation;
import io.careerledger.command.security.Actor;
import io.careerledger.events.GoalAbandoned;
import io.careerledger.events.GoalCompleted;
import io.careerledger.events.GoalProgressRecorded;
import io.careerledger.events.GoalSet;
import io.careerledger.events.PersonalData;

/** A person's goals: set with an observable measure and a due date, then progressed, completed or abandoned. */
class CareerGoals extends CareerPart {

    private enum Status { OPEN, COMPLETED, ABANDONED }

    private record Goal(GoalSet set, Status status, int percentComplete, @PersonalData String lastNote) {
    }

    private final Map<String, Goal> goals = new HashMap<>();

    @CommandHandler
    void handle(SetGoal command, Actor actor, FrameworksInForce frameworks) {
        employee.requireActive();
        employee.requireSelfManagerOrHr(actor);
        if (isBlank(command.measure()) || command.dueDate() == null || command.dueDate().isBefore(MessageClock.today())) {
            throw RuleViolation.refused(CareerRules.VAGUE_GOAL, "A goal needs an observable measure and a due date "
                    + "that is not in the past, so everyone can tell when it is met.");
        }
        PublishedFramework framework = employee.framework(frameworks);
        if (command.competencyId() != null) {
            employee.requireCompetency(framework, command.competencyId());
        }
        if (command.milestoneId() != null) {
            employee.requireMilestone(framework, command.milestoneId());
        }
        GoalSet set = new GoalSet(employee.id(), command.goalId(), command.title(), command.measure(), command.dueDate(),
                command.competencyId(), command.milestoneId(), command.conversationId());
        Goal earlier = goals.get(command.goalId());
        if (earlier == null) {
            apply(set);
        } else if (!earlier.set().equals(set)) {
            throw RuleViolation.conflict(CareerRules.GOAL_ID_TAKEN, "Goal " + command.goalId() + " was already set with other details.");
        }
    }

    @CommandHandler
    void handle(RecordGoalProgress command, Actor actor) {
        Goal goal = openGoal(command.goalId(), actor);
        if (goal.percentComplete() != command.percentComplete() || !Objects.equals(goal.lastNote(), command.note())) {
            apply(new GoalProgressRecorded(employee.id(), command.goalId(), command.percentComplete(), command.note()));
        }
    }

    @CommandHandler
    void handle(CompleteGoal command, Actor actor) {
        if (goalIn(command.goalId(), Status.COMPLETED)) {
            return;
        }
        openGoal(command.goalId(), actor);
        if (command.evidence() == null || command.evidence().stream().allMatch(Employee::isBlank)) {
            throw RuleViolation.refused(CareerRules.EVIDENCE_REQUIRED, "A goal is completed with the evidence that it was met.");
        }
        apply(new GoalCompleted(employee.id(), command.goalId(), command.evidence()));
    }

    @CommandHandler
    void handle(AbandonGoal command, Actor actor) {
        if (goalIn(command.goalId(), Status.ABANDONED)) {
            return;
        }
        openGoal(command.goalId(), actor);
        if (isBlank(command.reason())) {
            throw RuleViolation.refused(CareerRules.REASON_REQUIRED, "Say why the goal is abandoned.");
        }
        apply(new GoalAbandoned(employee.id(), command.goalId(), command.reason()));
    }

    private Goal openGoal(String goalId, Actor actor) {
        employee.requireActive();
        employee.requireSelfManagerOrHr(actor);
        Goal goal = goals.get(goalId);
        if (goal == null) {
            throw RuleViolation.notFound(CareerRules.UNKNOWN_GOAL, "No goal " + goalId + ".");
        }
        if (goal.status() != Status.OPEN) {
            throw RuleViolation.conflict(CareerRules.GOAL_CLOSED, "Goal " + goalId + " is already "
                    + goal.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        return goal;
    }

    private boolean goalIn(String goalId, Status status) {
        Goal goal = goals.get(goalId);
        return goal != null && goal.status() == status;
    }

    @EventSourcingHandler
    void on(GoalSet event) {
        goals.put(event.goalId(), new Goal(event, Status.OPEN, 0, null));
    }

    @EventSourcingHandler
    void on(GoalProgressRecorded event) {
        goals.computeIfPresent(event.goalId(), (id, goal) -> new Goal(goal.set(), goal.status(), event.percentComplete(), event.note()));
    }

    @EventSourcingHandler
    void on(GoalCompleted event) {
        goals.computeIfPresent(event.goalId(), (id, goal) -> new Goal(goal.set(), Status.COMPLETED, 100, goal.lastNote()));
    }

    @EventSourcingHandler
    void on(GoalAbandoned event) {
        goals.computeIfPresent(event.goalId(),
                (id, goal) -> new Goal(goal.set(), Status.ABANDONED, goal.percentComplete(), goal.lastNote()));
    }
}
