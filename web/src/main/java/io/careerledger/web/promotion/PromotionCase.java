package io.careerledger.web.promotion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A promotion case as the query-service shows it to the signed-in person.
 *
 * @param stances each council member's current stance; absent for the person the case is about, who sees the counts only
 */
record PromotionCase(String caseId, String employeeId, String nominatedBy, String frameworkId, int frameworkVersion,
                     String trackId, int fromLevel, int toLevel, String justification, String skipReason, String status,
                     String decision, String rationale, String decidedBy, Instant decidedAt, LocalDate effectiveDate,
                     String withdrawnBy, String withdrawalReason, String failureReason, Instant nominatedAt,
                     Readiness readiness, List<Evidence> evidence, Map<String, Integer> feedbackCounts, List<Stance> stances) {

    PromotionCase {
        evidence = evidence == null ? List.of() : evidence;
        feedbackCounts = feedbackCounts == null ? Map.of() : feedbackCounts;
    }

    record Readiness(List<Expectation> expectations, List<Milestone> milestones, List<String> openGoalIds,
                     List<String> completedGoalIds) {
    }

    record Expectation(String competencyId, int expected, Integer assessed, boolean met) {
    }

    record Milestone(String milestoneId, boolean verified) {
    }

    record Evidence(String evidenceId, String description, String link, String attachedBy, Instant attachedAt) {
    }

    record Stance(String memberId, String stance, String comment, Instant givenAt) {
    }

    public boolean open() {
        return "OPEN".equals(status);
    }

    boolean hasEvidence(String evidenceId) {
        return evidence.stream().anyMatch(item -> item.evidenceId().equals(evidenceId));
    }

    boolean holds(String memberId, String stance, String comment) {
        return stances != null && stances.stream().anyMatch(given -> given.memberId().equals(memberId)
                && given.stance().equals(stance) && Objects.equals(given.comment(), comment));
    }

    /** Where the case stands, in words. */
    public String statusInWords() {
        return switch (status) {
            case "OPEN" -> "Open: before the council";
            case "DECIDED" -> switch (String.valueOf(decision)) {
                case "APPROVE" -> "Approved, to be applied";
                case "REJECT" -> "Rejected";
                default -> "Deferred";
            };
            case "WITHDRAWN" -> "Withdrawn";
            case "PROMOTED" -> "Approved and applied: promoted";
            case "PROMOTION_FAILED" -> "Approved, but the promotion could not be applied";
            default -> status;
        };
    }
}
