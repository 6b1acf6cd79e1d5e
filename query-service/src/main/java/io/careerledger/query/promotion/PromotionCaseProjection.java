package io.careerledger.query.promotion;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.PromotionApplicationFailed;
import io.careerledger.events.PromotionApplied;
import io.careerledger.events.PromotionCompleted;
import io.careerledger.events.PromotionDecided;
import io.careerledger.events.PromotionEvidenceAttached;
import io.careerledger.events.PromotionFeedbackGiven;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.PromotionWithdrawn;
import io.careerledger.query.api.JsonColumns;
import io.careerledger.query.employee.EmployeeDirectory;
import io.careerledger.query.consumption.AuditEvent;
import io.careerledger.query.consumption.Projection;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Promotion cases and their decision trails. A case's events (and the career's PromotionApplied) are
 * keyed by its employee, so they arrive in the order they were stored; an event of a case never
 * nominated fails and is parked. A step is written once per event id, so a replay adds nothing.
 */
@Component
class PromotionCaseProjection implements Projection {

    private final PromotionCaseRepository cases;
    private final PromotionStepRepository steps;
    private final JsonColumns json;
    private final EmployeeDirectory directory;

    PromotionCaseProjection(PromotionCaseRepository cases, PromotionStepRepository steps, JsonColumns json,
                            EmployeeDirectory directory) {
        this.directory = directory;
        this.cases = cases;
        this.steps = steps;
        this.json = json;
    }

    @Override
    public void project(CareerEvent event, AuditEvent envelope) {
        if (event instanceof PromotionNominated nominated) {
            if (!cases.existsById(nominated.caseId())) {
                LocalDate levelSince = directory.person(nominated.employeeId()).map(person -> person.position().levelSince()).orElse(null);
                cases.save(new PromotionCase(nominated, levelSince, envelope.occurredAt(), json));
            }
            step(nominated.caseId(), PromotionStepKind.NOMINATED, factsOf(nominated), envelope);
        } else if (event instanceof PromotionEvidenceAttached attached) {
            existing(attached.caseId()).evidenceAttached(new PromotionCaseView.Evidence(attached.evidenceId(),
                    attached.description(), attached.link(), attached.attachedBy(), envelope.occurredAt()), json);
            step(attached.caseId(), PromotionStepKind.EVIDENCE_ATTACHED, factsOf(attached), envelope);
        } else if (event instanceof PromotionFeedbackGiven feedback) {
            Map<String, Object> facts = factsOf(feedback);
            existing(feedback.caseId()).feedbackGiven(new PromotionCaseView.MemberStance(feedback.memberId(),
                    feedback.stance(), feedback.comment(), envelope.occurredAt()), json)
                    .ifPresent(previous -> facts.put("previousStance", previous.name()));
            step(feedback.caseId(), PromotionStepKind.FEEDBACK_GIVEN, facts, envelope);
        } else if (event instanceof PromotionDecided decided) {
            existing(decided.caseId()).decided(decided, envelope.occurredAt());
            step(decided.caseId(), PromotionStepKind.DECIDED, factsOf(decided), envelope);
        } else if (event instanceof PromotionWithdrawn withdrawn) {
            existing(withdrawn.caseId()).withdrawn(withdrawn.withdrawnBy(), withdrawn.reason(), envelope.occurredAt());
            step(withdrawn.caseId(), PromotionStepKind.WITHDRAWN, factsOf(withdrawn), envelope);
        } else if (event instanceof PromotionApplied applied) {
            existing(applied.caseId()).applied(applied.effectiveDate());
            step(applied.caseId(), PromotionStepKind.PROMOTION_APPLIED, factsOf(applied), envelope);
        } else if (event instanceof PromotionCompleted completed) {
            existing(completed.caseId()).promoted(envelope.occurredAt());
            step(completed.caseId(), PromotionStepKind.PROMOTION_COMPLETED, factsOf(completed), envelope);
        } else if (event instanceof PromotionApplicationFailed failed) {
            existing(failed.caseId()).promotionFailed(failed.reason(), envelope.occurredAt());
            step(failed.caseId(), PromotionStepKind.PROMOTION_FAILED, factsOf(failed), envelope);
        }
    }

    /** Each step shows the framework version the case is decided under: the one its nomination was checked against. */
    private void step(String caseId, PromotionStepKind kind, Map<String, Object> facts, AuditEvent envelope) {
        if (steps.existsByEventId(envelope.eventId())) {
            return;
        }
        PromotionCase promotionCase = existing(caseId);
        steps.save(new PromotionStep(caseId, steps.countByCaseId(caseId) + 1, envelope.eventId(), kind, envelope.actorId(),
                envelope.occurredAt(), envelope.correlationId(), envelope.metadata("reason"), promotionCase.frameworkId(),
                promotionCase.frameworkVersion(), json.write(facts)));
    }

    /** An event's facts as a JSON object, without the ids every step of the case repeats. */
    private Map<String, Object> factsOf(CareerEvent event) {
        Map<String, Object> facts = json.convert(event, PromotionStep.DETAILS);
        facts.remove("employeeId");
        facts.remove("caseId");
        return facts;
    }

    private PromotionCase existing(String caseId) {
        return cases.findById(caseId).orElseThrow(() ->
                new IllegalStateException("Promotion case " + caseId + " was never nominated."));
    }
}
