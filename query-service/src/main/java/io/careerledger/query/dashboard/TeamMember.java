package io.careerledger.query.dashboard;

import java.util.List;

/**
 * One report on their manager's team dashboard.
 *
 * @param readiness              absent before a track is chosen or at the top of the track
 * @param daysSinceLastCatchUp   since the last performance catch-up or one-to-one that was held; absent when none was
 * @param missingAssessments     self or manager assessments not yet given in the open review cycles covering the person
 */
record TeamMember(String employeeId, String fullName, String trackId, int level, Readiness readiness, int overdueGoals,
                  Long daysSinceLastCatchUp, List<MissingAssessment> missingAssessments) {

    record MissingAssessment(String reviewCycleId, String assessorRole) {
    }
}
