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
import io.careerledger.query.consumption.Envelope;
import io.careerledger.query.consumption.Handlers;
import io.careerledger.query.consumption.Projection;
import io.careerledger.query.employee.EmployeeDirectory;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import io.careerledger.events.PersonalDataErased;
import io.careerledger.events.PersonalDataCipher;
import io.careerledger.query.personaldata.PersonalDataReader;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.Collectors;

/**
 * Promotion cases and their decision trails. A case's events (and the career's PromotionApplied) are
 * keyed by its employee, so they arrive in the order they were stored; an event of a case never
 * nominated fails and is parked. A step is written once per event id, so a replay adds nothing.
 */
@Component
class PromotionCaseProjection implements Projection {

    /** The personal fields of the case's events, as the steps' facts name them. */
    private static final Set<String> PERSONAL_FACTS = Stream.of(PromotionNominated.class, PromotionEvidenceAttached.class,
                    PromotionFeedbackGiven.class, PromotionDecided.class, PromotionWithdrawn.class)
            .flatMap(event -> PersonalDataCipher.personalFieldsOf(event).stream())
            .collect(Collectors.toUnmodifiableSet());

    private final PromotionCaseRepository cases;
    private final PromotionStepRepository steps;
    private final JsonColumns json;
    private final EmployeeDirectory directory;
    private final PersonalDataReader personalData;

    PromotionCaseProjection(PromotionCaseRepository cases, PromotionStepRepository steps, JsonColumns json,
                            EmployeeDirectory directory, PersonalDataReader personalData) {
        this.directory = directory;
        this.personalData = personalData;
        this.cases = cases;
        this.steps = steps;
        this.json = json;
    }

    @Override
    public void register(Handlers handlers) {
        handlers.on(PromotionNominated.class, this::nominated)
                .on(PromotionEvidenceAttached.class, this::evidenceAttached)
                .on(PromotionFeedbackGiven.class, this::feedbackGiven)
                .on(PromotionDecided.class, this::decided)
                .on(PromotionWithdrawn.class, this::withdrawn)
                .on(PromotionApplied.class, this::applied)
                .on(PromotionCompleted.class, this::completed)
                .on(PromotionApplicationFailed.class, this::applicationFailed)
                .on(PersonalDataErased.class, this::personalDataErased);
    }

    void nominated(Envelope<PromotionNominated> envelope) {
        PromotionNominated nominated = envelope.payload();
        if (!cases.existsById(nominated.caseId())) {
            LocalDate levelSince = directory.levelSinceOf(nominated.employeeId()).orElse(null);
            cases.save(new PromotionCase(nominated, levelSince, envelope.time(), json));
        }
        step(nominated.caseId(), PromotionStepKind.NOMINATED, factsOf(nominated), envelope);
    }

    void personalDataErased(Envelope<PersonalDataErased> envelope) {
        for (PromotionCase promotionCase : cases.findByEmployeeId(envelope.payload().employeeId())) {
            promotionCase.personalDataErased(json);
            steps.findByCaseIdOrderByStepNumberAsc(promotionCase.caseId()).forEach(step -> step.personalDataErased(PERSONAL_FACTS, json));
        }
    }

    void evidenceAttached(Envelope<PromotionEvidenceAttached> envelope) {
        PromotionEvidenceAttached attached = envelope.payload();
        existing(attached.caseId()).evidenceAttached(new PromotionCaseView.Evidence(attached.evidenceId(),
                attached.description(), attached.link(), attached.attachedBy(), envelope.time()), json);
        step(attached.caseId(), PromotionStepKind.EVIDENCE_ATTACHED, factsOf(attached), envelope);
    }

    void feedbackGiven(Envelope<PromotionFeedbackGiven> envelope) {
        PromotionFeedbackGiven feedback = envelope.payload();
        Map<String, Object> facts = factsOf(feedback);
        existing(feedback.caseId()).feedbackGiven(new PromotionCaseView.MemberStance(feedback.memberId(),
                feedback.stance(), feedback.comment(), envelope.time()), json)
                .ifPresent(previous -> facts.put("previousStance", previous.name()));
        step(feedback.caseId(), PromotionStepKind.FEEDBACK_GIVEN, facts, envelope);
    }

    void decided(Envelope<PromotionDecided> envelope) {
        PromotionDecided decided = envelope.payload();
        existing(decided.caseId()).decided(decided, envelope.time());
        step(decided.caseId(), PromotionStepKind.DECIDED, factsOf(decided), envelope);
    }

    void withdrawn(Envelope<PromotionWithdrawn> envelope) {
        PromotionWithdrawn withdrawn = envelope.payload();
        existing(withdrawn.caseId()).withdrawn(withdrawn.withdrawnBy(), withdrawn.reason(), envelope.time());
        step(withdrawn.caseId(), PromotionStepKind.WITHDRAWN, factsOf(withdrawn), envelope);
    }

    void applied(Envelope<PromotionApplied> envelope) {
        PromotionApplied applied = envelope.payload();
        existing(applied.caseId()).applied(applied.effectiveDate());
        step(applied.caseId(), PromotionStepKind.PROMOTION_APPLIED, factsOf(applied), envelope);
    }

    void completed(Envelope<PromotionCompleted> envelope) {
        PromotionCompleted completed = envelope.payload();
        existing(completed.caseId()).promoted(envelope.time());
        step(completed.caseId(), PromotionStepKind.PROMOTION_COMPLETED, factsOf(completed), envelope);
    }

    void applicationFailed(Envelope<PromotionApplicationFailed> envelope) {
        PromotionApplicationFailed failed = envelope.payload();
        existing(failed.caseId()).promotionFailed(failed.reason(), envelope.time());
        step(failed.caseId(), PromotionStepKind.PROMOTION_FAILED, factsOf(failed), envelope);
    }

    /** Each step shows the framework version the case is decided under: the one its nomination was checked against. */
    private void step(String caseId, PromotionStepKind kind, Map<String, Object> facts, Envelope<?> envelope) {
        if (steps.existsByEventId(envelope.id())) {
            return;
        }
        PromotionCase promotionCase = existing(caseId);
        steps.save(new PromotionStep(caseId, steps.countByCaseId(caseId) + 1, envelope.id(), kind, envelope.actorId(),
                envelope.time(), envelope.correlationId(), personalData.open(envelope.metadata("reason")), promotionCase.frameworkId(),
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
