package io.careerledger.query.asof;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import io.careerledger.events.PromotionDecision;
import io.careerledger.query.dashboard.CompetencyRow;
import io.careerledger.query.dashboard.Readiness;
import io.careerledger.query.promotion.PromotionCaseStatus;

/**
 * A person's summary and dashboard as they stood at an instant, folded from their events up to it.
 * Track, title, grade, band, matrix and readiness are absent until a track was chosen under a
 * published framework version.
 *
 * @param asOf             the instant asked for
 * @param lastEventAt      when the latest event folded in occurred
 * @param eventsFolded     how many of the person's events occurred up to the instant
 * @param frameworkVersion the version the level was decided under then (the one in force then, before a track was chosen)
 * @param daysInLevel      at the instant
 * @param offboardedOn     the last working day, when the person had left by then
 * @param competencies     the ratings then in force against the level's expectations: calibrations made later do not count yet
 * @param readiness        for the next level, by the rule a nomination records; absent at the top of the track
 * @param openPromotionCase absent when no case was under way then
 */
@Schema(example = """
        {
          "asOf": "2026-03-01T00:00:00Z",
          "lastEventAt": "2026-02-03T10:45:00Z",
          "eventsFolded": 42,
          "employeeId": "213d9fab-41dd-396b-8399-8f7f18091e2c",
          "fullName": "Ada Lovelace",
          "managerId": "5b1d6c2e-8a3f-3e51-9c7d-2f4a6b8e1c03",
          "frameworkId": "three-track",
          "frameworkVersion": 2,
          "trackId": "expert",
          "level": 4,
          "title": "Senior Specialist",
          "grade": "G4",
          "band": "B4",
          "levelSince": "2024-04-01",
          "daysInLevel": 699,
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
          "openPromotionCase": {
            "caseId": "a3c1e2d4-1111-4b2c-9d3e-0f1a2b3c4d5e",
            "status": "OPEN",
            "toLevel": 5
          }
        }
        """)
public record CareerAsOf(Instant asOf, Instant lastEventAt, int eventsFolded, String employeeId, String fullName, String managerId,
                         String frameworkId, Integer frameworkVersion, String trackId, int level, String title, String grade, String band,
                         LocalDate levelSince, long daysInLevel, LocalDate offboardedOn, List<CompetencyRow> competencies,
                         Readiness readiness, List<GoalState> goals, PromotionCaseState openPromotionCase) {

    /**
     * @param status  OPEN, COMPLETED or ABANDONED
     * @param overdue still open after its due date, at the instant
     */
    public record GoalState(String goalId, String title, LocalDate dueDate, int percentComplete, String status, boolean overdue) {

        GoalState with(int percent, String newStatus) {
            return new GoalState(goalId, title, dueDate, percent, newStatus, false);
        }

        GoalState overdueOn(LocalDate day) {
            return new GoalState(goalId, title, dueDate, percentComplete, status, "OPEN".equals(status) && dueDate != null && dueDate.isBefore(day));
        }
    }

    /** A case still moving towards a new level: open, or approved and not yet promoted; {@code decision} absent until decided. */
    public record PromotionCaseState(String caseId, PromotionCaseStatus status, PromotionDecision decision, int toLevel) {
    }
}
