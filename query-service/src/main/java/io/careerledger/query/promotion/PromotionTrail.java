package io.careerledger.query.promotion;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Every step of a case in the order it happened: what HR and the council audit a decision by. */
record PromotionTrail(String caseId, String employeeId, PromotionCaseStatus status, List<Step> steps) {

    /**
     * @param frameworkVersion the framework version the case is decided under (the one in force at nomination)
     * @param reason           the reason the command carried, when it had one
     * @param details          the step's facts as the event stated them, e.g. the readiness snapshot of a
     *                         nomination or the earlier stance a feedback replaced
     */
    record Step(int stepNumber, PromotionStepKind kind, String actorId, Instant occurredAt, String correlationId,
                String reason, String frameworkId, int frameworkVersion, Map<String, Object> details) {
    }
}
