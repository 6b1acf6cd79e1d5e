package io.careerledger.command.review;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.careerledger.command.eventstore.MessageClock;
import io.careerledger.command.framework.FrameworksInForce;
import io.careerledger.command.problem.RuleViolation;
import io.careerledger.command.security.Actor;
import io.careerledger.events.ReviewCycleClosed;
import io.careerledger.events.ReviewCycleDeadlinePassed;
import io.careerledger.events.ReviewCycleOpened;
import io.careerledger.events.ReviewCyclePhaseStarted;
import io.careerledger.events.ReviewPhase;
import io.careerledger.events.ReviewPopulation;

/**
 * A review cycle: opened by HR on a framework for a population, it moves through self-assessment,
 * manager assessment and calibration, then closes. Each phase's deadline raises an event when it
 * passes while the cycle is open, with who is still missing what, so dashboards can show what is overdue. Id = the client's cycle id.
 */
@Aggregate
class ReviewCycle {

    static final String PHASE_DEADLINE = "review-cycle-phase-deadline";

    /** What a scheduled deadline carries. */
    record PhaseDeadline(ReviewPhase phase, LocalDate deadline) {
    }

    @AggregateIdentifier
    private String cycleId;
    private ReviewCycleOpened opened;
    private ReviewPhase phase;
    private boolean closed;

    ReviewCycle() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenReviewCycle command, Actor actor, FrameworksInForce frameworks, ReviewCycleProperties properties,
                DeadlineManager deadlines) {
        require(actor.isHr(), "Review cycles are opened by HR.");
        ReviewCycleOpened cycle = new ReviewCycleOpened(command.cycleId(), command.name(), command.frameworkId(),
                command.population(), command.selfAssessmentDeadline(), command.managerAssessmentDeadline(),
                command.calibrationDeadline(), actor.id());
        if (opened != null) {
            if (sameCycle(opened, cycle)) {
                return;
            }
            throw RuleViolation.conflict(ReviewCycleRules.CYCLE_ID_TAKEN, "Review cycle " + command.cycleId()
                    + " was already opened with other details.");
        }
        if (frameworks.find(command.frameworkId()).isEmpty()) {
            throw RuleViolation.refused(ReviewCycleRules.FRAMEWORK_NOT_PUBLISHED, "Framework " + command.frameworkId()
                    + " has no published version yet.");
        }
        ReviewPopulation population = command.population();
        if (population == null || (!population.everyone() && population.managerIds().isEmpty() && population.teams().isEmpty())) {
            throw RuleViolation.refused(ReviewCycleRules.EMPTY_POPULATION, "A review cycle covers everyone, or names managers or teams.");
        }
        ZoneId zone = properties.zone();
        // a deadline of today still runs until the day's end
        if (command.selfAssessmentDeadline().isBefore(MessageClock.today(zone)) || !command.managerAssessmentDeadline().isAfter(command.selfAssessmentDeadline())
                || !command.calibrationDeadline().isAfter(command.managerAssessmentDeadline())) {
            throw RuleViolation.refused(ReviewCycleRules.DEADLINES_OUT_OF_ORDER, "The deadlines are today or later, in the order "
                    + "of the phases: self-assessment, then manager assessment, then calibration.");
        }
        apply(cycle);
        for (PhaseDeadline deadline : List.of(new PhaseDeadline(ReviewPhase.SELF_ASSESSMENT, command.selfAssessmentDeadline()),
                new PhaseDeadline(ReviewPhase.MANAGER_ASSESSMENT, command.managerAssessmentDeadline()),
                new PhaseDeadline(ReviewPhase.CALIBRATION, command.calibrationDeadline()))) {
            // a deadline day counts in full: it has passed at the start of the next day
            deadlines.schedule(deadline.deadline().plusDays(1).atStartOfDay(zone).toInstant(), PHASE_DEADLINE, deadline);
        }
    }

    private static boolean sameCycle(ReviewCycleOpened a, ReviewCycleOpened b) {
        return a.equals(new ReviewCycleOpened(b.cycleId(), b.name(), b.frameworkId(), b.population(), b.selfAssessmentDeadline(),
                b.managerAssessmentDeadline(), b.calibrationDeadline(), a.openedBy()));
    }

    @CommandHandler
    void handle(StartReviewPhase command, Actor actor) {
        require(actor.isHr(), "Review cycles are moved on by HR.");
        requireOpen();
        if (command.phase() == phase) {
            return;
        }
        if (command.phase().ordinal() != phase.ordinal() + 1) {
            throw RuleViolation.refused(ReviewCycleRules.PHASE_OUT_OF_ORDER, "Review cycle " + cycleId + " is in "
                    + phase + "; it moves to the next phase only, not to " + command.phase() + ".");
        }
        apply(new ReviewCyclePhaseStarted(cycleId, phase, command.phase()));
    }

    @CommandHandler
    void handle(CloseReviewCycle command, Actor actor, DeadlineManager deadlines) {
        require(actor.isHr(), "Review cycles are closed by HR.");
        if (closed) {
            return;
        }
        if (phase != ReviewPhase.CALIBRATION) {
            throw RuleViolation.refused(ReviewCycleRules.NOT_CALIBRATED, "Review cycle " + cycleId + " is in " + phase
                    + "; it closes after calibration.");
        }
        apply(new ReviewCycleClosed(cycleId, actor.id()));
        deadlines.cancelAll(PHASE_DEADLINE);
    }

    @DeadlineHandler(deadlineName = PHASE_DEADLINE)
    void deadlinePassed(PhaseDeadline deadline, ReviewProgress progress) {
        if (!closed) {
            apply(new ReviewCycleDeadlinePassed(cycleId, deadline.phase(), deadline.deadline(), progress.missing(opened, deadline.phase())));
        }
    }

    private void requireOpen() {
        if (closed) {
            throw RuleViolation.conflict(ReviewCycleRules.CYCLE_CLOSED, "Review cycle " + cycleId + " is closed.");
        }
    }

    private static void require(boolean allowed, String detail) {
        if (!allowed) {
            throw RuleViolation.forbidden(ReviewCycleRules.NOT_ALLOWED, detail);
        }
    }

    @EventSourcingHandler
    void on(ReviewCycleOpened event) {
        cycleId = event.cycleId();
        opened = event;
        phase = ReviewPhase.SELF_ASSESSMENT;
    }

    @EventSourcingHandler
    void on(ReviewCyclePhaseStarted event) {
        phase = event.phase();
    }

    @EventSourcingHandler
    void on(ReviewCycleClosed event) {
        closed = true;
    }
}
