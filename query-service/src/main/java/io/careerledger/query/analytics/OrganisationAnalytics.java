package io.careerledger.query.analytics;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisation-wide figures for HR, computed from the dashboard tables. */
@Service
@Transactional(readOnly = true)
class OrganisationAnalytics {

    private final JdbcTemplate jdbc;

    OrganisationAnalytics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** People with the organisation now; those who have not chosen a track count under an absent track. */
    List<HeadCount> headCount(String frameworkId) {
        return jdbc.query("""
                SELECT track_id, level, count(*) AS people FROM career_position
                WHERE NOT offboarded AND (CAST(? AS TEXT) IS NULL OR framework_id = ?)
                GROUP BY track_id, level ORDER BY track_id NULLS LAST, level""",
                (row, index) -> new HeadCount(row.getString("track_id"), row.getInt("level"), row.getLong("people")),
                frameworkId, frameworkId);
    }

    List<TrackSwitches> trackSwitches(String frameworkId, LocalDate from, LocalDate to) {
        return jdbc.query("""
                SELECT to_char(switched_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, from_track_id, to_track_id, count(*) AS switches
                FROM track_switch WHERE switched_at >= ? AND switched_at < ? AND (CAST(? AS TEXT) IS NULL OR framework_id = ?)
                GROUP BY month, from_track_id, to_track_id ORDER BY month, from_track_id, to_track_id""",
                (row, index) -> new TrackSwitches(row.getString("month"), row.getString("from_track_id"), row.getString("to_track_id"),
                        row.getLong("switches")),
                Date.valueOf(from), Date.valueOf(to.plusDays(1)), frameworkId, frameworkId);
    }

    /**
     * Per track: promotions that took effect in the period against the people on the track now (both
     * of the framework's people: another framework may have a track of the same id), and
     * the median days people spent at their old level before them.
     */
    PromotionParity promotions(String frameworkId, LocalDate from, LocalDate to) {
        List<TrackPromotions> tracks = jdbc.query("""
                WITH people AS (SELECT track_id, count(*) AS head_count FROM career_position
                                WHERE NOT offboarded AND track_id IS NOT NULL AND (CAST(? AS TEXT) IS NULL OR framework_id = ?)
                                GROUP BY track_id),
                     promoted AS (SELECT p.track_id, count(*) AS promotions,
                                         percentile_cont(0.5) WITHIN GROUP (ORDER BY p.days_in_level) AS median_days
                                  FROM promotion_case_view p JOIN career_position c ON c.employee_id = p.employee_id
                                  WHERE p.promoted_on BETWEEN ? AND ? AND (CAST(? AS TEXT) IS NULL OR c.framework_id = ?)
                                  GROUP BY p.track_id)
                SELECT people.track_id, head_count, coalesce(promotions, 0) AS promotions, median_days
                FROM people LEFT JOIN promoted ON promoted.track_id = people.track_id ORDER BY people.track_id""",
                (row, index) -> new TrackPromotions(row.getString("track_id"), row.getLong("head_count"), row.getLong("promotions"),
                        (double) row.getLong("promotions") / row.getLong("head_count"),
                        row.getObject("median_days") == null ? null : row.getDouble("median_days")),
                frameworkId, frameworkId, Date.valueOf(from), Date.valueOf(to), frameworkId, frameworkId);
        long people = tracks.stream().mapToLong(TrackPromotions::headCount).sum();
        long promotions = tracks.stream().mapToLong(TrackPromotions::promotions).sum();
        return new PromotionParity(from, to, people == 0 ? 0 : (double) promotions / people, tracks);
    }

    /**
     * Ratings people gave others (self-assessments say nothing about an assessor's scale), as given
     * before calibration. An assessor with at least {@code minRatings} whose mean lies more than
     * {@code threshold} above or below the overall mean is flagged for calibration.
     */
    RatingDistribution ratings(String frameworkId, double threshold, int minRatings) {
        Map<String, Map<Integer, Long>> byAssessor = new LinkedHashMap<>();
        jdbc.query("""
                SELECT assessor_id, proficiency, count(*) AS ratings FROM competency_assessment
                WHERE assessor_role <> 'SELF' AND (CAST(? AS TEXT) IS NULL OR framework_id = ?)
                GROUP BY assessor_id, proficiency ORDER BY assessor_id, proficiency""",
                row -> {
                    byAssessor.computeIfAbsent(row.getString("assessor_id"), ignored -> new LinkedHashMap<>())
                            .put(row.getInt("proficiency"), row.getLong("ratings"));
                }, frameworkId, frameworkId);
        long count = 0;
        long sum = 0;
        for (Map<Integer, Long> distribution : byAssessor.values()) {
            for (Map.Entry<Integer, Long> step : distribution.entrySet()) {
                count += step.getValue();
                sum += step.getKey() * step.getValue();
            }
        }
        double overall = count == 0 ? 0 : (double) sum / count;
        List<AssessorRatings> assessors = new ArrayList<>();
        byAssessor.forEach((assessor, distribution) -> assessors.add(AssessorRatings.of(assessor, distribution, overall, threshold, minRatings)));
        return new RatingDistribution(count, overall, threshold, minRatings, assessors);
    }
}
