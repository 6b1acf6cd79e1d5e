package io.careerledger.command.career;

import static io.careerledger.command.career.Employee.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import io.careerledger.command.framework.FrameworksInForce;
import io.careerledger.command.problem.RuleViolation;
import io.careerledger.command.security.Actor;
import io.careerledger.events.MobilityAssignmentEnded;
import io.careerledger.events.MobilityAssignmentStarted;

/** A person's rotations and secondments: arranged by the line manager or HR, one at a time. */
class MobilityAssignments extends CareerPart {

    private final Map<String, MobilityAssignmentStarted> started = new HashMap<>();
    private final Set<String> ended = new HashSet<>();

    @CommandHandler
    void handle(StartMobilityAssignment command, Actor actor, FrameworksInForce frameworks) {
        employee.requireActive();
        require(employee.isManager(actor) || actor.isHr(), "Rotations and secondments are arranged by the line manager or HR.");
        MobilityAssignmentStarted assignment = new MobilityAssignmentStarted(employee.id(), command.assignmentId(), command.kind(),
                command.targetTeam(), command.targetTrackId(), command.prerequisites(), command.expectedOutcomes(),
                command.startDate(), command.endDate());
        if (assignment.equals(started.get(command.assignmentId()))) {
            return;
        }
        if (!ended.containsAll(started.keySet())) {
            throw RuleViolation.conflict(CareerRules.ASSIGNMENT_ACTIVE, "Another rotation or secondment is still running; end it first.");
        }
        if (!command.endDate().isAfter(command.startDate())) {
            throw RuleViolation.refused(CareerRules.ASSIGNMENT_DATES, "An assignment ends after it starts.");
        }
        if (command.targetTrackId() != null && employee.framework(frameworks).definition().track(command.targetTrackId()).isEmpty()) {
            throw RuleViolation.refused(CareerRules.UNKNOWN_TRACK, "Framework " + employee.frameworkId()
                    + " has no track '" + command.targetTrackId() + "'.");
        }
        apply(assignment);
    }

    @CommandHandler
    void handle(EndMobilityAssignment command, Actor actor) {
        require(employee.isManager(actor) || actor.isHr(), "Rotations and secondments are ended by the line manager or HR.");
        if (!started.containsKey(command.assignmentId())) {
            throw RuleViolation.notFound(CareerRules.UNKNOWN_ASSIGNMENT, "No assignment " + command.assignmentId() + ".");
        }
        if (!ended.contains(command.assignmentId())) {
            apply(new MobilityAssignmentEnded(employee.id(), command.assignmentId(), command.endedOn(), command.outcome()));
        }
    }

    @EventSourcingHandler
    void on(MobilityAssignmentStarted event) {
        started.put(event.assignmentId(), event);
    }

    @EventSourcingHandler
    void on(MobilityAssignmentEnded event) {
        ended.add(event.assignmentId());
    }
}
