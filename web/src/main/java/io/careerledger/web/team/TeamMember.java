package io.careerledger.web.team;

import java.util.List;

import io.careerledger.web.career.Readiness;

/** One report as the query-service's team dashboard answers it. */
record TeamMember(String employeeId, String fullName, String trackId, int level, String title, Readiness readiness,
                  int overdueGoals, Long daysSinceLastCatchUp, List<MissingAssessment> missingAssessments) {

    TeamMember {
        missingAssessments = missingAssessments == null ? List.of() : missingAssessments;
    }

    record MissingAssessment(String reviewCycleId, String assessorRole) {
    }
}
