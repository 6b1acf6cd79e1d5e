package io.careerledger.command.promotion;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.careerledger.command.eventstore.MessageClock;
import io.careerledger.command.framework.FrameworksInForce;
import io.careerledger.command.framework.PublishedFramework;
import io.careerledger.command.problem.RuleViolation;
import io.careerledger.command.security.Actor;
import io.careerledger.events.PromotionApplicationFailed;
import io.careerledger.events.PromotionCompleted;
import io.careerledger.events.PromotionDecided;
import io.careerledger.events.PromotionDecision;
import io.careerledger.events.PromotionEvidenceAttached;
import io.careerledger.events.PromotionFeedbackGiven;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.PromotionWithdrawn;
import io.careerledger.events.TrackLevel;

/**
 * One nomination for a level, from the nominator's case to the council's decision, id = the
 * client's case id. The readiness snapshot taken at nomination stays with the case, so auditors see
 * what the decision-makers saw. An approved case is applied to the person's career by
 * {@link PromotionSaga}; the case records how that ended.
 */
@Aggregate
class PromotionCase {

    private enum Status { OPEN, DECIDED, WITHDRAWN, COMPLETED, FAILED }

    @AggregateIdentifier
    private String caseId;
    private PromotionNominated nomination;
    private Status status;
    private PromotionDecided decision;
    private final Map<String, PromotionEvidenceAttached> evidence = new LinkedHashMap<>();
    private final Map<String, PromotionFeedbackGiven> feedback = new LinkedHashMap<>();

    PromotionCase() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(NominateForPromotion command, Actor actor, ReadinessCalculator readiness, FrameworksInForce frameworks,
                OpenPromotionCases openCases) {
        if (nomination != null) {
            if (isRetryOf(command, actor)) {
                return;
            }
            throw RuleViolation.conflict(PromotionRules.CASE_ID_TAKEN, "Case " + command.caseId() + " was already opened with other details.");
        }
        ReadinessCalculator.Standing standing = readiness.standingOf(command.employeeId()).orElseThrow(() ->
                RuleViolation.notFound(PromotionRules.UNKNOWN_EMPLOYEE, "Nobody is registered as " + command.employeeId() + "."));
        require(!actor.is(command.employeeId()) && (actor.isHr() || (actor.id() != null && actor.id().equals(standing.managerId()))),
                "A person is nominated by their line manager or HR.");
        if (standing.offboarded()) {
            throw RuleViolation.refused(PromotionRules.OFFBOARDED, "Employee " + command.employeeId() + " has left; their history is closed.");
        }
        if (standing.trackId() == null) {
            throw RuleViolation.refused(PromotionRules.NO_TRACK, "Employee " + command.employeeId()
                    + " has not chosen a track yet; a promotion is to a level of their track.");
        }
        PublishedFramework framework = frameworks.find(standing.frameworkId()).orElseThrow(() -> RuleViolation.refused(
                PromotionRules.FRAMEWORK_NOT_PUBLISHED, "Framework " + standing.frameworkId() + " has no published version yet."));
        if (command.targetLevel() <= standing.level()) {
            throw RuleViolation.refused(PromotionRules.NOT_A_PROMOTION, "Employee " + command.employeeId() + " is at level "
                    + standing.level() + "; a promotion is to a higher level.");
        }
        TrackLevel target = framework.definition().track(standing.trackId()).flatMap(track -> track.level(command.targetLevel()))
                .orElseThrow(() -> RuleViolation.refused(PromotionRules.UNKNOWN_LEVEL, "Track '" + standing.trackId()
                        + "' has no level " + command.targetLevel() + "."));
        boolean skips = command.targetLevel() > standing.level() + 1;
        if (skips && isBlank(command.skipReason())) {
            throw RuleViolation.refused(PromotionRules.SKIP_REASON_REQUIRED, "Level " + command.targetLevel() + " skips "
                    + (command.targetLevel() - standing.level() - 1) + " level(s) above level " + standing.level()
                    + "; say why the skip is warranted.");
        }
        if (isBlank(command.justification())) {
            throw RuleViolation.refused(PromotionRules.JUSTIFICATION_REQUIRED, "A nomination says why the person is ready.");
        }
        openCases.openCaseOf(command.employeeId()).filter(open -> !open.equals(command.caseId())).ifPresent(open -> {
            throw RuleViolation.conflict(PromotionRules.CASE_OPEN, "Case " + open + " for employee " + command.employeeId()
                    + " is still open; decide or withdraw it first.");
        });
        apply(new PromotionNominated(command.employeeId(), command.caseId(), standing.frameworkId(), framework.version(),
                standing.trackId(), standing.level(), command.targetLevel(), command.justification().strip(),
                skips ? command.skipReason().strip() : null, actor.id(), standing.against(target)));
    }

    private boolean isRetryOf(NominateForPromotion command, Actor actor) {
        return nomination.employeeId().equals(command.employeeId()) && nomination.toLevel() == command.targetLevel()
                && actor.is(nomination.nominatedBy()) && command.justification() != null
                && nomination.justification().equals(command.justification().strip());
    }

    @CommandHandler
    void handle(AttachPromotionEvidence command, Actor actor) {
        require(actor.is(nomination.nominatedBy()) || actor.is(nomination.employeeId()) || actor.isHr(),
                "Evidence is attached by the nominator, the person nominated or HR.");
        PromotionEvidenceAttached attached = new PromotionEvidenceAttached(nomination.employeeId(), caseId, command.evidenceId(),
                command.description() == null ? null : command.description().strip(), command.link(), actor.id());
        PromotionEvidenceAttached earlier = evidence.get(command.evidenceId());
        if (earlier != null) {
            if (earlier.equals(attached)) {
                return;
            }
            throw RuleViolation.conflict(PromotionRules.EVIDENCE_ID_TAKEN, "Evidence " + command.evidenceId()
                    + " was already attached with other details.");
        }
        requireOpen();
        if (isBlank(command.description())) {
            throw RuleViolation.refused(PromotionRules.EVIDENCE_REQUIRED, "Evidence describes what it shows.");
        }
        apply(attached);
    }

    @CommandHandler
    void handle(GivePromotionFeedback command, Actor actor) {
        require(actor.isCouncil() && !actor.is(nomination.employeeId()), "Calibration feedback comes from council members, "
                + "never from the person nominated.");
        PromotionFeedbackGiven given = new PromotionFeedbackGiven(nomination.employeeId(), caseId, actor.id(), command.stance(),
                command.comment());
        if (given.equals(feedback.get(actor.id()))) {
            return;
        }
        requireOpen();
        apply(given);
    }

    @CommandHandler
    void handle(DecidePromotion command, Actor actor) {
        require(actor.isCouncil() || actor.isHr(), "A case is decided by the council or HR.");
        require(!actor.is(nomination.employeeId()), "Nobody decides their own promotion.");
        if (actor.is(nomination.nominatedBy())) {
            throw RuleViolation.forbidden(PromotionRules.OWN_NOMINATION, "You nominated " + nomination.employeeId()
                    + "; someone else decides the case.");
        }
        if (decision != null && decision.decidedBy().equals(actor.id()) && decision.decision() == command.decision()) {
            return; // a retry of the decision
        }
        requireOpen();
        if (isBlank(command.rationale())) {
            throw RuleViolation.refused(PromotionRules.RATIONALE_REQUIRED, "A decision gives its rationale.");
        }
        if (feedback.size() < command.requiredFeedback()) {
            throw RuleViolation.refused(PromotionRules.QUORUM_NOT_REACHED, "Case " + caseId + " has feedback from "
                    + feedback.size() + " council member(s); " + command.requiredFeedback() + " are needed before deciding.");
        }
        LocalDate effectiveDate = command.decision() != PromotionDecision.APPROVE ? null
                : Objects.requireNonNullElseGet(command.effectiveDate(), MessageClock::today);
        apply(new PromotionDecided(nomination.employeeId(), caseId, command.decision(), command.rationale().strip(), actor.id(),
                effectiveDate, feedback.size()));
    }

    @CommandHandler
    void handle(WithdrawPromotion command, Actor actor) {
        require(actor.is(nomination.nominatedBy()) || actor.isHr(), "A case is withdrawn by its nominator or HR.");
        if (status == Status.WITHDRAWN) {
            return;
        }
        requireOpen();
        if (isBlank(command.reason())) {
            throw RuleViolation.refused(PromotionRules.REASON_REQUIRED, "Say why the case is withdrawn.");
        }
        apply(new PromotionWithdrawn(nomination.employeeId(), caseId, command.reason().strip(), actor.id()));
    }

    @CommandHandler
    void handle(RecordPromotionFailure command, Actor actor) {
        require(actor.isHr(), "The outcome of an approved promotion is recorded by HR or the promotion saga.");
        if (status == Status.FAILED) {
            return;
        }
        requireApproved();
        apply(new PromotionApplicationFailed(nomination.employeeId(), caseId, command.reason()));
    }

    @CommandHandler
    void handle(CompletePromotion command, Actor actor) {
        require(actor.isHr(), "The outcome of an approved promotion is recorded by HR or the promotion saga.");
        if (status == Status.COMPLETED) {
            return;
        }
        requireApproved();
        apply(new PromotionCompleted(nomination.employeeId(), caseId, nomination.toLevel()));
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw RuleViolation.conflict(PromotionRules.CASE_CLOSED, "Case " + caseId + " is " + describe() + ".");
        }
    }

    private void requireApproved() {
        if (status != Status.DECIDED || decision.decision() != PromotionDecision.APPROVE) {
            throw RuleViolation.conflict(PromotionRules.CASE_CLOSED, "Case " + caseId + " is " + describe()
                    + "; only an approved case is applied.");
        }
    }

    private String describe() {
        return switch (status) {
            case OPEN -> "open";
            case DECIDED -> "decided (" + decision.decision().name().toLowerCase() + ")";
            case WITHDRAWN -> "withdrawn";
            case COMPLETED -> "completed";
            case FAILED -> "approved but could not be applied";
        };
    }

    private static void require(boolean allowed, String detail) {
        if (!allowed) {
            throw RuleViolation.forbidden(PromotionRules.NOT_ALLOWED, detail);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @EventSourcingHandler
    void on(PromotionNominated event) {
        caseId = event.caseId();
        nomination = event;
        status = Status.OPEN;
    }

    @EventSourcingHandler
    void on(PromotionEvidenceAttached event) {
        evidence.put(event.evidenceId(), event);
    }

    @EventSourcingHandler
    void on(PromotionFeedbackGiven event) {
        feedback.put(event.memberId(), event);
    }

    @EventSourcingHandler
    void on(PromotionDecided event) {
        decision = event;
        status = Status.DECIDED;
    }

    @EventSourcingHandler
    void on(PromotionWithdrawn event) {
        status = Status.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(PromotionApplicationFailed event) {
        status = Status.FAILED;
    }

    @EventSourcingHandler
    void on(PromotionCompleted event) {
        status = Status.COMPLETED;
    }
}
