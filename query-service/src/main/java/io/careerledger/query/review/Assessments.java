package io.careerledger.query.review;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.careerledger.events.AssessorRole;

/** What other read models (dashboards, analytics) may know of ratings and review cycles. */
@Component
public class Assessments {

    /** The assessments every person in a review cycle owes: their own and their manager's. */
    private static final List<AssessorRole> OWED_BY_CYCLE = List.of(AssessorRole.SELF, AssessorRole.MANAGER);

    private final JdbcTemplate jdbc;

    Assessments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A person's ratings, oldest first, so that a later rating replaces an earlier one. */
    public List<Rating> ratingsOf(String employeeId) {
        return jdbc.query("""
                SELECT competency_id, assessment_id, assessor_role, proficiency, calibrated_proficiency FROM competency_assessment
                WHERE employee_id = ? ORDER BY assessed_at, assessment_id""",
                (row, index) -> new Rating(row.getString("competency_id"), row.getString("assessment_id"), row.getString("assessor_role"), row.getInt("proficiency"),
                        (Integer) row.getObject("calibrated_proficiency")),
                employeeId);
    }

    /** Self and manager assessments the person still owes in the open cycles covering their manager's team. */
    public List<Missing> missing(String employeeId, String managerId) {
        List<String> cycles = jdbc.queryForList("""
                SELECT cycle_id FROM review_cycle WHERE NOT closed
                  AND ((population ->> 'everyone')::boolean OR population -> 'managerIds' @> to_jsonb(?::text))
                ORDER BY cycle_id""", String.class, managerId);
        return cycles.stream().flatMap(cycle -> OWED_BY_CYCLE.stream()
                        .filter(role -> !given(employeeId, cycle, role))
                        .map(role -> new Missing(cycle, role)))
                .toList();
    }

    private boolean given(String employeeId, String cycleId, AssessorRole role) {
        return jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM competency_assessment WHERE employee_id = ? AND review_cycle_id = ? AND assessor_role = ?)""",
                Boolean.class, employeeId, cycleId, role.name());
    }

    /**
     * How often each assessor gave each proficiency to others (self-assessments say nothing about an
     * assessor's scale), as given before calibration.
     */
    public List<AssessorCount> ratingsGivenToOthers(String frameworkId) {
        return jdbc.query("""
                SELECT assessor_id, proficiency, count(*) AS ratings FROM competency_assessment
                WHERE assessor_role <> 'SELF' AND (CAST(? AS TEXT) IS NULL OR framework_id = ?)
                GROUP BY assessor_id, proficiency ORDER BY assessor_id, proficiency""",
                (row, index) -> new AssessorCount(row.getString("assessor_id"), row.getInt("proficiency"), row.getLong("ratings")),
                frameworkId, frameworkId);
    }

    /** One rating as stored: the role that gave it and, when calibration adjusted it, the adjusted value. */
    public record Rating(String competencyId, String assessmentId, String assessorRole, int proficiency, Integer calibrated) {
    }

    public record Missing(String reviewCycleId, AssessorRole assessorRole) {
    }

    public record AssessorCount(String assessorId, int proficiency, long ratings) {
    }
}
