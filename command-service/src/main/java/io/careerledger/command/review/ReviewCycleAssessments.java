package io.careerledger.command.review;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.careerledger.events.AssessmentCalibrated;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.events.MissingAssessment;
import io.careerledger.events.ReviewCycleOpened;
import io.careerledger.events.ReviewPhase;
import io.careerledger.events.ReviewPopulation;

/**
 * The assessments made in each review cycle, for "who is still missing what" when a deadline passes.
 * Kept by the cycles' subscribing processor, in the transaction that stores the event. The population
 * comes from the career's reporting lines: the people on the cycle's framework who are not offboarded,
 * all of them or the reports of the listed managers. Teams are not resolved to people here: a career
 * records no team, so a cycle that lists only teams reports nobody missing.
 */
@Component
@ProcessingGroup(ReviewCycleRegister.PROCESSING_GROUP)
class ReviewCycleAssessments implements ReviewProgress {

    private final JdbcClient jdbc;

    ReviewCycleAssessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MissingAssessment> missing(ReviewCycleOpened cycle, ReviewPhase phase) {
        ReviewPopulation population = cycle.population();
        return jdbc.sql("""
                        SELECT p.employee_id, p.manager_id FROM reporting_line p
                        WHERE p.framework_id = ? AND NOT p.offboarded
                          AND (? OR p.manager_id = ANY (?))
                          AND NOT EXISTS (SELECT 1 FROM review_cycle_assessment a
                                          WHERE a.cycle_id = ? AND a.employee_id = p.employee_id AND %s)
                        ORDER BY p.employee_id""".formatted(contributionOf(phase)))
                // positional: a named array parameter would be expanded into a list
                .params(cycle.frameworkId(), population.everyone(), population.managerIds().toArray(String[]::new), cycle.cycleId())
                .query((row, number) -> new MissingAssessment(row.getString("employee_id"), owedBy(phase, row.getString("employee_id"),
                        row.getString("manager_id"))))
                .list();
    }

    private static String contributionOf(ReviewPhase phase) {
        return switch (phase) {
            case SELF_ASSESSMENT -> "a.assessor_role = 'SELF'";
            case MANAGER_ASSESSMENT -> "a.assessor_role = 'MANAGER'";
            case CALIBRATION -> "(a.assessor_role = 'COUNCIL' OR a.calibrated)";
        };
    }

    private static String owedBy(ReviewPhase phase, String employeeId, String managerId) {
        return switch (phase) {
            case SELF_ASSESSMENT -> employeeId;
            case MANAGER_ASSESSMENT -> managerId;
            case CALIBRATION -> null;
        };
    }

    @EventHandler
    void on(CompetencyAssessed event) {
        if (event.reviewCycleId() != null) {
            jdbc.sql("""
                            INSERT INTO review_cycle_assessment (employee_id, assessment_id, cycle_id, assessor_role) VALUES (?, ?, ?, ?)
                            ON CONFLICT (employee_id, assessment_id) DO NOTHING""")
                    .params(event.employeeId(), event.assessmentId(), event.reviewCycleId(), event.assessorRole().name())
                    .update();
        }
    }

    @EventHandler
    void on(AssessmentCalibrated event) {
        jdbc.sql("UPDATE review_cycle_assessment SET calibrated = TRUE WHERE employee_id = ? AND assessment_id = ?")
                .params(event.employeeId(), event.assessmentId())
                .update();
    }
}
