package io.careerledger.query.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

import io.careerledger.events.PromotionDecision;
import io.careerledger.query.conversation.ConversationDigest.LastConversation;
import io.careerledger.query.promotion.PromotionCaseStatus;

/**
 * Everything a person's progress page shows. Track, title, grade, matrix and readiness are absent
 * until a track was chosen under a published framework version.
 *
 * @param frameworkVersion  the version the level was decided under (the one in force until a track is chosen)
 * @param readiness         absent at the top of the track
 * @param milestones        the milestones the person recorded evidence for, of any level, verified or not
 * @param openPromotionCase absent when no case is under way
 * @param stale             whether an event of this person is parked (not applied yet): the dashboard may be behind
 */
@Schema(example = """
        {
          "employeeId": "213d9fab-41dd-396b-8399-8f7f18091e2c",
          "fullName": "Ada Lovelace",
          "managerId": "5b1d6c2e-8a3f-3e51-9c7d-2f4a6b8e1c03",
          "frameworkId": "three-track",
          "frameworkVersion": 2,
          "trackId": "expert",
          "level": 4,
          "title": "Senior Specialist",
          "grade": "G4",
          "salaryBand": "B4",
          "levelSince": "2024-04-01",
          "daysInLevel": 700,
          "offboardedOn": null,
          "competencies": [
            {
              "competencyId": "technical-depth",
              "name": "Technical depth",
              "self": 4,
              "manager": 4,
              "peer": 3,
              "calibrated": null,
              "rating": 4,
              "expectedNow": 3,
              "expectedNext": 4,
              "gap": 0
            },
            {
              "competencyId": "influence",
              "name": "Influence",
              "self": 3,
              "manager": 2,
              "peer": null,
              "calibrated": 2,
              "rating": 2,
              "expectedNow": null,
              "expectedNext": 3,
              "gap": 1
            }
          ],
          "readiness": {
            "nextLevel": 5,
            "expectationsMet": 2,
            "expectations": 3,
            "milestonesVerified": 0,
            "milestones": 1,
            "ready": false
          },
          "goals": [
            {
              "goalId": "goal-mentor-two-engineers",
              "title": "Mentor two engineers",
              "dueDate": "2026-06-30",
              "percentComplete": 60,
              "status": "OPEN",
              "overdue": false
            }
          ],
          "milestones": [
            {
              "milestoneId": "expert-reference",
              "evidence": "ADRs 12, 15 and 19 on the event store, reviewed by the platform team",
              "verified": true
            }
          ],
          "lastConversations": [
            {
              "conversationId": "6f1c2b9e-3d4a-4c55-9a61-0b7e8e2d4f10",
              "kind": "PERFORMANCE_CATCH_UP",
              "status": "CONCLUDED",
              "scheduledFor": "2026-02-03T10:00:00Z",
              "concludedAt": "2026-02-03T10:45:00Z"
            }
          ],
          "openPromotionCase": {
            "caseId": "a3c1e2d4-1111-4b2c-9d3e-0f1a2b3c4d5e",
            "status": "DECIDED",
            "decision": "APPROVE",
            "toLevel": 5
          },
          "stale": false
        }
        """)
record EmployeeDashboard(String employeeId, String fullName, String managerId, String frameworkId, Integer frameworkVersion,
                         String trackId, int level, String title, String grade, String salaryBand, LocalDate levelSince,
                         long daysInLevel,
                         LocalDate offboardedOn, List<CompetencyRow> competencies, Readiness readiness, List<GoalLine> goals,
                         List<MilestoneLine> milestones, List<LastConversation> lastConversations, PromotionCaseLine openPromotionCase,
                         boolean stale) {

    /** @param overdue still open after its due date */
    record GoalLine(String goalId, String title, LocalDate dueDate, int percentComplete, GoalStatus status, boolean overdue) {
    }

    /** @param evidence the latest evidence recorded for it */
    record MilestoneLine(String milestoneId, String evidence, boolean verified) {
    }

    /** @param status OPEN, or DECIDED with decision APPROVE until the promotion completes */
    record PromotionCaseLine(String caseId, PromotionCaseStatus status, PromotionDecision decision, int toLevel) {
    }
}
