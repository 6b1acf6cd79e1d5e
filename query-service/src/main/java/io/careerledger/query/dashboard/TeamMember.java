package io.careerledger.query.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

import io.careerledger.events.AssessorRole;

/**
 * One report on their manager's team dashboard.
 *
 * @param readiness              absent before a track is chosen or at the top of the track
 * @param daysSinceLastCatchUp   since the last performance catch-up or one-to-one that was held; absent when none was
 * @param missingAssessments     self or manager assessments not yet given in the open review cycles covering the person
 */
@Schema(example = """
        {
          "employeeId": "213d9fab-41dd-396b-8399-8f7f18091e2c",
          "fullName": "Ada Lovelace",
          "trackId": "expert",
          "level": 4,
          "title": "Senior Specialist",
          "grade": "G4",
          "salaryBand": "B4",
          "readiness": {
            "nextLevel": 5,
            "expectationsMet": 2,
            "expectations": 3,
            "milestonesVerified": 0,
            "milestones": 1,
            "ready": false
          },
          "overdueGoals": 1,
          "daysSinceLastCatchUp": 21,
          "missingAssessments": [
            {
              "reviewCycleId": "review-2026-h1",
              "assessorRole": "MANAGER"
            }
          ]
        }
        """)
record TeamMember(String employeeId, String fullName, String trackId, int level, String title, String grade, String salaryBand,
                  Readiness readiness, int overdueGoals,
                  Long daysSinceLastCatchUp, List<MissingAssessment> missingAssessments) {

    /** Named apart from the event contract's {@code MissingAssessment}, which would take its place in the document. */
    @Schema(name = "TeamMemberMissingAssessment")
    record MissingAssessment(String reviewCycleId, AssessorRole assessorRole) {
    }
}
