package io.careerledger.web.promotion;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Every step of a case in order, as HR and the council audit it. */
record PromotionTrail(String caseId, String employeeId, String status, List<Step> steps) {

    PromotionTrail {
        steps = steps == null ? List.of() : steps;
    }

    /** @param details the step's facts as its event stated them, e.g. a feedback's stance and comment */
    record Step(int stepNumber, String kind, String actorId, Instant occurredAt, String reason, int frameworkVersion,
                Map<String, Object> details) {

        public String kindInWords() {
            return switch (kind) {
                case "NOMINATED" -> "Nominated";
                case "EVIDENCE_ATTACHED" -> "Evidence attached";
                case "FEEDBACK_GIVEN" -> "Council feedback";
                case "DECIDED" -> "Decided";
                case "WITHDRAWN" -> "Withdrawn";
                case "PROMOTION_APPLIED" -> "Promotion applied to the career";
                case "PROMOTION_COMPLETED" -> "Promotion completed";
                case "PROMOTION_FAILED" -> "Promotion failed";
                default -> kind;
            };
        }

        /** The facts worth reading on a timeline: the readiness snapshot has its own section, ids and nulls say nothing. */
        public Map<String, Object> facts() {
            return details == null ? Map.of() : details.entrySet().stream()
                    .filter(fact -> fact.getValue() != null && !fact.getKey().equals("readiness")
                            && !fact.getKey().endsWith("Id") && !fact.getKey().endsWith("By"))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        }
    }

    /** Each council member's stances in the order they gave them: a changed mind shows as a second entry. */
    public Map<String, List<Step>> stanceHistory() {
        return steps.stream().filter(step -> step.kind().equals("FEEDBACK_GIVEN"))
                .collect(Collectors.groupingBy(Step::actorId, LinkedHashMap::new, Collectors.toList()));
    }

    /** When the decision's effect on the career was last recorded: the applied (or failed) promotion, else the decision. */
    Optional<Instant> settledAt() {
        return steps.stream().filter(step -> step.kind().startsWith("PROMOTION_") || step.kind().equals("DECIDED"))
                .map(Step::occurredAt).max(Instant::compareTo);
    }
}
