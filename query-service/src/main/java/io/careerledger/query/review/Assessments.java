package io.careerledger.query.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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
        return ratingsOfEach(List.of(employeeId)).getOrDefault(employeeId, List.of());
    }

    /** The ratings of each of several people, each person's oldest first, in one query (a team's dashboard). */
    public Map<String, List<Rating>> ratingsOfEach(Collection<String> employeeIds) {
        Map<String, List<Rating>> ratings = new HashMap<>();
        jdbc.query("""
                SELECT employee_id, competency_id, assessment_id, assessor_role, proficiency, calibrated_proficiency FROM competency_assessment
                WHERE employee_id = ANY(?) ORDER BY assessed_at, assessment_id""",
                (RowCallbackHandler) row -> ratings.computeIfAbsent(row.getString("employee_id"), id -> new ArrayList<>())
                        .add(new Rating(row.getString("competency_id"), row.getString("assessment_id"), row.getString("assessor_role"),
                                row.getInt("proficiency"), (Integer) row.getObject("calibrated_proficiency"))),
                (Object) employeeIds.toArray(String[]::new));
        return ratings;
    }

    /** Self and manager assessments the person still owes in the open cycles covering their manager's team. */
    public List<Missing> missing(String employeeId, String managerId) {
        return missingOfEach(List.of(employeeId), managerId).getOrDefault(employeeId, List.of());
    }

    /** {@link #missing} for each of a manager's reports, in two queries whatever the team's size. */
    public Map<String, List<Missing>> missingOfEach(Collection<String> employeeIds, String managerId) {
        List<String> cycles = jdbc.queryForList("""
                SELECT cycle_id FROM review_cycle WHERE NOT closed
                  AND ((population ->> 'everyone')::boolean OR population -> 'managerIds' @> to_jsonb(?::text))
                ORDER BY cycle_id""", String.class, managerId);
        if (cycles.isEmpty()) {
            return Map.of();
        }
        Set<List<String>> given = new HashSet<>();
        jdbc.query("""
                SELECT DISTINCT employee_id, review_cycle_id, assessor_role FROM competency_assessment
                WHERE employee_id = ANY(?) AND review_cycle_id = ANY(?)""",
                (RowCallbackHandler) row -> given.add(List.of(row.getString("employee_id"), row.getString("review_cycle_id"), row.getString("assessor_role"))),
                employeeIds.toArray(String[]::new), cycles.toArray(String[]::new));
        Map<String, List<Missing>> missing = new HashMap<>();
        for (String employeeId : employeeIds) {
            missing.put(employeeId, cycles.stream().flatMap(cycle -> OWED_BY_CYCLE.stream()
                            .filter(role -> !given.contains(List.of(employeeId, cycle, role.name())))
                            .map(role -> new Missing(cycle, role)))
                    .toList());
        }
        return missing;
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
