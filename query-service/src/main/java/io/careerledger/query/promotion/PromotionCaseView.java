package io.careerledger.query.promotion;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careerledger.events.FeedbackStance;
import io.careerledger.events.PromotionDecision;
import io.careerledger.events.ReadinessSnapshot;
import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(example = """
        {
          "caseId": "a3c1e2d4-1111-4b2c-9d3e-0f1a2b3c4d5e",
          "employeeId": "213d9fab-41dd-396b-8399-8f7f18091e2c",
          "nominatedBy": "5b1d6c2e-8a3f-3e51-9c7d-2f4a6b8e1c03",
          "frameworkId": "three-track",
          "frameworkVersion": 2,
          "trackId": "expert",
          "fromLevel": 4,
          "toLevel": 5,
          "justification": "Leads the platform's architecture across three teams",
          "skipReason": null,
          "status": "DECIDED",
          "decision": "APPROVE",
          "rationale": "Meets every level 5 expectation",
          "decidedBy": "demo-hr",
          "decidedAt": "2026-03-02T14:00:00Z",
          "effectiveDate": "2026-04-01",
          "withdrawnBy": null,
          "withdrawalReason": null,
          "failureReason": null,
          "nominatedAt": "2026-02-10T09:30:00Z",
          "readiness": {
            "expectations": [
              {
                "competencyId": "technical-depth",
                "expected": 4,
                "assessed": 4,
                "assessmentId": "a7e2c9d4-1b3f-4e8a-9c6d-2f5b8a1e3c70",
                "met": true
              }
            ],
            "milestones": [
              {
                "milestoneId": "design-review",
                "verified": true
              }
            ],
            "openGoalIds": [],
            "completedGoalIds": [
              "goal-mentor-two-engineers"
            ]
          },
          "evidence": [
            {
              "evidenceId": "ev-1",
              "description": "Architecture decision records for the ledger",
              "link": "https://wiki.demo.example/adr/ledger",
              "attachedBy": "5b1d6c2e-8a3f-3e51-9c7d-2f4a6b8e1c03",
              "attachedAt": "2026-02-11T08:00:00Z"
            }
          ],
          "feedbackCounts": {
            "SUPPORT": 2,
            "CONCERN": 0,
            "OBJECT": 0
          },
          "stances": [
            {
              "memberId": "demo-council-1",
              "stance": "SUPPORT",
              "comment": "Clear impact beyond the team",
              "givenAt": "2026-02-20T10:00:00Z"
            }
          ]
        }
        """)
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
