package io.careerledger.query.promotion;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.careerledger.events.PromotionDecision;

/** What other read models (dashboards, analytics) may know of promotion cases. */
@Component
public class PromotionCases {

    private final PromotionCaseRepository cases;
    private final JdbcTemplate jdbc;

    PromotionCases(PromotionCaseRepository cases, JdbcTemplate jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /** The person's newest case still moving towards a new level: open, or approved and not yet promoted. */
    public Optional<OpenCase> openCaseOf(String employeeId) {
        return cases.findFirstByEmployeeIdOrderByNominatedAtDesc(employeeId)
                .filter(PromotionCase::underWay)
                .map(found -> new OpenCase(found.caseId(), found.status(), found.decision(), found.toLevel()));
    }

    /** Promotions that took effect between the dates (inclusive), with the days spent at the old level. */
    public List<Promotion> promotedBetween(String frameworkId, LocalDate from, LocalDate to) {
        return jdbc.query("""
                SELECT employee_id, track_id, promoted_on - level_since AS days_in_level FROM promotion_case
                WHERE promoted_on BETWEEN ? AND ? AND (CAST(? AS TEXT) IS NULL OR framework_id = ?)""",
                (row, index) -> new Promotion(row.getString("employee_id"), row.getString("track_id"),
                        (Integer) row.getObject("days_in_level")),
                Date.valueOf(from), Date.valueOf(to), frameworkId, frameworkId);
    }

    /** @param decision absent until decided */
    public record OpenCase(String caseId, PromotionCaseStatus status, PromotionDecision decision, int toLevel) {
    }

    /** @param daysInLevel absent when the old level's start is not known */
    public record Promotion(String employeeId, String trackId, Integer daysInLevel) {
    }
}
