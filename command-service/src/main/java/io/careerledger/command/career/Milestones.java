package io.careerledger.command.career;

import static io.careerledger.command.career.Employee.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import io.careerledger.command.framework.FrameworksInForce;
import io.careerledger.command.problem.RuleViolation;
import io.careerledger.command.security.Actor;
import io.careerledger.events.MilestoneEvidenceRecorded;
import io.careerledger.events.MilestoneVerified;
import io.careerledger.events.PersonalData;

/** The framework's milestones a person has shown evidence for, verified by their line manager or the council. */
class Milestones extends CareerPart {

    private record Milestone(@PersonalData String evidence, boolean verified) {
    }

    private final Map<String, Milestone> milestones = new HashMap<>();

    @CommandHandler
    void handle(RecordMilestoneEvidence command, Actor actor, FrameworksInForce frameworks) {
        employee.requireActive();
        employee.requireSelfManagerOrHr(actor);
        employee.requireMilestone(employee.framework(frameworks), command.milestoneId());
        Milestone milestone = milestones.get(command.milestoneId());
        if (milestone == null || !command.evidence().equals(milestone.evidence())) {
            apply(new MilestoneEvidenceRecorded(employee.id(), command.milestoneId(), command.evidence()));
        }
    }

    @CommandHandler
    void handle(VerifyMilestone command, Actor actor) {
        employee.requireActive();
        require(!employee.isSelf(actor) && (employee.isManager(actor) || actor.isCouncil()),
                "A milestone is verified by the person's line manager or a council member.");
        Milestone milestone = milestones.get(command.milestoneId());
        if (milestone == null) {
            throw RuleViolation.refused(CareerRules.MILESTONE_WITHOUT_EVIDENCE,
                    "There is no evidence for milestone '" + command.milestoneId() + "' to verify yet.");
        }
        if (!milestone.verified()) {
            apply(new MilestoneVerified(employee.id(), command.milestoneId(), actor.id()));
        }
    }

    @EventSourcingHandler
    void on(MilestoneEvidenceRecorded event) {
        milestones.put(event.milestoneId(), new Milestone(event.evidence(), false));
    }

    @EventSourcingHandler
    void on(MilestoneVerified event) {
        milestones.computeIfPresent(event.milestoneId(), (id, milestone) -> new Milestone(milestone.evidence(), true));
    }
}
