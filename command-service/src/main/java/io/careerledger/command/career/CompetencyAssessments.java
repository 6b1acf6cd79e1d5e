package io.careerledger.command.career;

import static io.careerledger.command.career.Employee.isBlank;
import static io.careerledger.command.career.Employee.require;
import static io.careerledger.command.career.Employee.requireOnScale;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import io.careerledger.command.framework.FrameworksInForce;
import io.careerledger.command.framework.PublishedFramework;
import io.careerledger.command.problem.RuleViolation;
import io.careerledger.command.review.ReviewCycles;
import io.careerledger.command.security.Actor;
import io.careerledger.events.AssessmentCalibrated;
import io.careerledger.events.AssessorRole;
import io.careerledger.events.CompetencyAssessed;

/**
 * A person's ratings against the framework's competencies, each by the one holding the assessor's
 * role; the council or HR calibrate them, the original rating stays.
 */
class CompetencyAssessments extends CareerPart {

    private final Map<String, CompetencyAssessed> assessments = new HashMap<>();
    private final Map<String, AssessmentCalibrated> calibrations = new HashMap<>();

    @CommandHandler
    void handle(AssessCompetency command, Actor actor, FrameworksInForce frameworks, ReviewCycles reviewCycles) {
        employee.requireActive();
        requireAssessor(command.assessorRole(), actor);
        if (command.reviewCycleId() != null && !assessments.containsKey(command.assessmentId())) {
            boolean open = reviewCycles.isOpen(command.reviewCycleId()).orElseThrow(() -> RuleViolation.refused(
                    CareerRules.UNKNOWN_REVIEW_CYCLE, "There is no review cycle " + command.reviewCycleId() + "."));
            if (!open) {
                throw RuleViolation.refused(CareerRules.REVIEW_CYCLE_CLOSED, "Review cycle " + command.reviewCycleId()
                        + " is closed; it takes no more assessments.");
            }
        }
        PublishedFramework framework = employee.framework(frameworks);
        employee.requireCompetency(framework, command.competencyId());
        requireOnScale(framework, command.proficiency());
        CompetencyAssessed assessed = new CompetencyAssessed(employee.id(), command.assessmentId(), command.competencyId(),
                command.assessorRole(), actor.id(), command.proficiency(), command.evidence(), command.comment(),
                command.reviewCycleId(), command.conversationId(), employee.frameworkId(), framework.version());
        CompetencyAssessed earlier = assessments.get(command.assessmentId());
        if (earlier == null) {
            apply(assessed);
        } else if (!earlier.equals(assessed)) {
            throw RuleViolation.conflict(CareerRules.ASSESSMENT_ID_TAKEN,
                    "Assessment " + command.assessmentId() + " was already recorded with other details.");
        }
    }

    private void requireAssessor(AssessorRole role, Actor actor) {
        switch (role) {
            case SELF -> require(employee.isSelf(actor), "A self-assessment is made by the person themself.");
            case MANAGER -> require(employee.isManager(actor), "A manager assessment is made by the person's line manager.");
            case PEER -> require(actor.id() != null && !employee.isSelf(actor), "A peer assesses someone else.");
            case COUNCIL -> require(actor.isCouncil(), "A council assessment is made by a council member.");
        }
    }

    @CommandHandler
    void handle(CalibrateAssessment command, Actor actor, FrameworksInForce frameworks) {
        employee.requireActive();
        require(actor.isCouncil() || actor.isHr(), "Ratings are calibrated by the council or HR.");
        CompetencyAssessed original = assessments.get(command.assessmentId());
        if (original == null) {
            throw RuleViolation.notFound(CareerRules.UNKNOWN_ASSESSMENT, "No assessment " + command.assessmentId() + ".");
        }
        if (isBlank(command.justification())) {
            throw RuleViolation.refused(CareerRules.JUSTIFICATION_REQUIRED, "A calibration says why the rating changes.");
        }
        requireOnScale(employee.framework(frameworks), command.proficiency());
        AssessmentCalibrated calibrated = new AssessmentCalibrated(employee.id(), original.assessmentId(),
                original.competencyId(), original.proficiency(), command.proficiency(), command.justification(), actor.id());
        if (!calibrated.equals(calibrations.get(command.assessmentId()))) {
            apply(calibrated);
        }
    }

    @EventSourcingHandler
    void on(CompetencyAssessed event) {
        assessments.put(event.assessmentId(), event);
    }

    @EventSourcingHandler
    void on(AssessmentCalibrated event) {
        calibrations.put(event.assessmentId(), event);
    }
}
