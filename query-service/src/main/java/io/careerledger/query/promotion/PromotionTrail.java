package io.careerledger.query.promotion;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Every step of a case in the order it happened: what HR and the council audit a decision by. */
@Schema(example = """
        {
          "caseId": "a3c1e2d4-1111-4b2c-9d3e-0f1a2b3c4d5e",
          "employeeId": "213d9fab-41dd-396b-8399-8f7f18091e2c",
          "status": "DECIDED",
          "steps": [
            {
              "stepNumber": 1,
              "kind": "NOMINATED",
              "actorId": "5b1d6c2e-8a3f-3e51-9c7d-2f4a6b8e1c03",
              "occurredAt": "2026-02-10T09:30:00Z",
              "correlationId": "8d2f4a6c-1e3b-4c5d-9f7a-0b1c2d3e4f50",
              "reason": "Leads the platform's architecture across three teams",
              "frameworkId": "three-track",
              "frameworkVersion": 2,
              "details": {
                "fromLevel": 4,
                "toLevel": 5,
                "trackId": "expert",
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
                }
              }
            },
            {
              "stepNumber": 2,
              "kind": "DECIDED",
              "actorId": "demo-hr",
              "occurredAt": "2026-03-02T14:00:00Z",
              "correlationId": "1f3e5d7c-9b2a-4c6e-8d0f-2a4b6c8e0d12",
              "reason": "Meets every level 5 expectation",
              "frameworkId": "three-track",
              "frameworkVersion": 2,
              "details": {
                "decision": "APPROVE",
                "effectiveDate": "2026-04-01"
              }
            }
          ]
        }
        """)
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
