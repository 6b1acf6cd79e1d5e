package io.careerledger.query.promotion;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careerledger.events.FeedbackStance;
import io.careerledger.events.PromotionDecision;
import io.careerledger.events.ReadinessSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A promotion case as its reader may see it.
 *
 * @param feedbackCounts how many council members currently hold each stance
 * @param stances        each council member's current stance; absent for the employee the case is about,
 *                       who never sees individual calibration feedback
 */
record PromotionCaseView(String caseId, String employeeId, String nominatedBy, String frameworkId, int frameworkVersion,
                         String trackId, int fromLevel, int toLevel, String justification, String skipReason,
                         PromotionCaseStatus status, PromotionDecision decision, String rationale, String decidedBy,
                         Instant decidedAt, LocalDate effectiveDate, String withdrawnBy, String withdrawalReason,
                         String failureReason, Instant nominatedAt, ReadinessSnapshot readiness, List<Evidence> evidence,
                         Map<FeedbackStance, Integer> feedbackCounts,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<MemberStance> stances) {

    record Evidence(String evidenceId, String description, String link, String attachedBy, Instant attachedAt) {
    }

    record MemberStance(String memberId, FeedbackStance stance, String comment, Instant givenAt) {
    }
}
