package io.careerledger.query.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.careerledger.events.MilestoneVerified;
import io.careerledger.query.audit.EventHistory;
import io.careerledger.query.dashboard.CompetencyMatrix.Matrix;
import io.careerledger.query.dashboard.CompetencyMatrix.Rating;
import io.careerledger.query.dashboard.EmployeeDashboard.GoalLine;
import io.careerledger.query.dashboard.EmployeeDashboard.PromotionCaseLine;
import io.careerledger.query.framework.FrameworkDefinitions;

/** Reads what the dashboard tables hold about one person and judges it against their framework version. */
@Component
class CareerPositions {

    /** Cases that are still moving towards a new level. */
    private static final String OPEN_CASES = "('NOMINATED', 'APPROVED', 'APPLIED')";

    private final JdbcTemplate jdbc;
    private final FrameworkDefinitions frameworks;
    private final EventHistory history;
    private final Clock clock = Clock.systemUTC();

    CareerPositions(JdbcTemplate jdbc, FrameworkDefinitions frameworks, EventHistory history) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.history = history;
    }

    Optional<Position> position(String employeeId) {
        return jdbc.query("SELECT framework_id, framework_version, track_id, level, level_since FROM career_position WHERE employee_id = ?",
                (row, index) -> new Position(row.getString("framework_id"), (Integer) row.getObject("framework_version"),
                        row.getString("track_id"), row.getInt("level"), row.getDate("level_since").toLocalDate()),
                employeeId).stream().findFirst();
    }

    /** The matrix under the version the level was decided under; empty before a track was chosen. */
    Matrix matrix(String employeeId, Position position) {
        List<Rating> ratings = jdbc.query("""
                SELECT competency_id, assessment_id, assessor_role, proficiency, calibrated_proficiency FROM competency_assessment
                WHERE employee_id = ? ORDER BY assessed_at, assessment_id""",
                (row, index) -> new Rating(row.getString("competency_id"), row.getString("assessment_id"), row.getString("assessor_role"),
                        row.getInt("proficiency"), (Integer) row.getObject("calibrated_proficiency")),
                employeeId);
        return Optional.ofNullable(position.trackId())
                .flatMap(track -> frameworks.version(position.frameworkId(), position.frameworkVersion()))
                .map(framework -> CompetencyMatrix.of(framework, position.trackId(), position.level(), ratings, verifiedMilestones(employeeId)))
                .orElseGet(() -> new Matrix(null, null, null, List.of(), null));
    }

    private Set<String> verifiedMilestones(String employeeId) {
        return history.of(employeeId, MilestoneVerified.class).stream().map(MilestoneVerified::milestoneId).collect(Collectors.toSet());
    }

    Integer frameworkVersion(Position position) {
        return position.frameworkVersion() != null || position.frameworkId() == null
                ? position.frameworkVersion()
                : frameworks.versionInForce(position.frameworkId()).orElse(null);
    }

    List<GoalLine> goals(String employeeId) {
        LocalDate today = today();
        return jdbc.query("""
                SELECT goal_id, title, due_date, percent_complete, status FROM goal_progress WHERE employee_id = ?
                ORDER BY due_date NULLS LAST, goal_id""",
                (row, index) -> {
                    LocalDate due = row.getDate("due_date") == null ? null : row.getDate("due_date").toLocalDate();
                    String status = row.getString("status");
                    return new GoalLine(row.getString("goal_id"), row.getString("title"), due, row.getInt("percent_complete"), status,
                            "OPEN".equals(status) && due != null && due.isBefore(today));
                }, employeeId);
    }

    Optional<PromotionCaseLine> openCase(String employeeId) {
        return jdbc.query("SELECT case_id, status, to_level FROM promotion_case_view WHERE employee_id = ? AND status IN " + OPEN_CASES
                        + " ORDER BY nominated_at DESC LIMIT 1",
                (row, index) -> new PromotionCaseLine(row.getString("case_id"), row.getString("status"), row.getInt("to_level")),
                employeeId).stream().findFirst();
    }

    long daysSince(LocalDate date) {
        return ChronoUnit.DAYS.between(date, today());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** @param frameworkVersion absent until a track is chosen */
    record Position(String frameworkId, Integer frameworkVersion, String trackId, int level, LocalDate levelSince) {
    }
}
