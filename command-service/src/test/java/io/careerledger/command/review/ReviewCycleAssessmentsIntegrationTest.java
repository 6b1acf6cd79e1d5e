package io.careerledger.command.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.command.support.CommandServiceIntegrationTest;
import io.careerledger.events.AssessmentCalibrated;
import io.careerledger.events.AssessorRole;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.events.MissingAssessment;
import io.careerledger.events.ReviewCycleOpened;
import io.careerledger.events.ReviewPhase;
import io.careerledger.events.ReviewPopulation;

/** Who is still missing what in a cycle, from its assessments and the reporting lines, on the real database. */
@CommandServiceIntegrationTest
class ReviewCycleAssessmentsIntegrationTest {

    @Autowired
    ReviewCycleAssessments assessments;
    @Autowired
    JdbcTemplate jdbc;

    private final String frameworkId = "fw-" + UUID.randomUUID();
    private final String cycleId = UUID.randomUUID().toString();

    @Test
    void eachPhaseListsThePopulationWithoutItsAssessmentInTheCycle() {
        String ada = person("mgr-a", false);
        String bob = person("mgr-a", false);
        String cyd = person("mgr-b", false);
        person("mgr-a", true);
        assess(ada, AssessorRole.SELF, cycleId);
        assess(bob, AssessorRole.SELF, "another-cycle");
        assess(ada, AssessorRole.MANAGER, cycleId);
        String bobsRating = assess(bob, AssessorRole.MANAGER, cycleId);
        assess(cyd, AssessorRole.COUNCIL, cycleId);
        assessments.on(new AssessmentCalibrated(bob, bobsRating, "craft", 3, 4, "Consistent with peers", "council-1"));

        ReviewCycleOpened everyone = cycle(new ReviewPopulation(true, List.of(), List.of()));
        ReviewCycleOpened teamA = cycle(new ReviewPopulation(false, List.of("mgr-a"), List.of()));

        assertThat(assessments.missing(everyone, ReviewPhase.SELF_ASSESSMENT))
                .containsExactlyInAnyOrder(new MissingAssessment(bob, bob), new MissingAssessment(cyd, cyd));
        assertThat(assessments.missing(everyone, ReviewPhase.MANAGER_ASSESSMENT)).containsExactly(new MissingAssessment(cyd, "mgr-b"));
        assertThat(assessments.missing(everyone, ReviewPhase.CALIBRATION)).containsExactly(new MissingAssessment(ada, null));
        assertThat(assessments.missing(teamA, ReviewPhase.SELF_ASSESSMENT)).containsExactly(new MissingAssessment(bob, bob));
    }

    private ReviewCycleOpened cycle(ReviewPopulation population) {
        LocalDate day = LocalDate.of(2026, 6, 1);
        return new ReviewCycleOpened(cycleId, "Spring", frameworkId, population, day, day.plusDays(10), day.plusDays(20), "hr-1");
    }

    private String person(String managerId, boolean offboarded) {
        String employeeId = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO reporting_line (employee_id, manager_id, framework_id, offboarded) VALUES (?, ?, ?, ?)",
                employeeId, managerId, frameworkId, offboarded);
        return employeeId;
    }

    private String assess(String employeeId, AssessorRole role, String inCycle) {
        String assessmentId = UUID.randomUUID().toString();
        assessments.on(new CompetencyAssessed(employeeId, assessmentId, "craft", role, "someone", 3, List.of(), null, inCycle, null,
                frameworkId, 1));
        return assessmentId;
    }
}
