package io.careerledger.query.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import io.careerledger.events.MilestoneEvidenceRecorded;
import io.careerledger.events.MilestoneVerified;
import io.careerledger.query.audit.EventHistory;
import io.careerledger.query.dashboard.CompetencyMatrix.Matrix;
import io.careerledger.query.dashboard.CompetencyMatrix.Rating;
import io.careerledger.query.dashboard.EmployeeDashboard.GoalLine;
import io.careerledger.query.dashboard.EmployeeDashboard.MilestoneLine;
import io.careerledger.query.employee.CareerPosition;
import io.careerledger.query.framework.FrameworkDefinitions;
import io.careerledger.query.review.Assessments;

/** Judges a person's ratings against their position's framework version, and reads their goals and milestones. */
@Component
class ProgressReadings {

    private final JdbcTemplate jdbc;
    private final FrameworkDefinitions frameworks;
    private final Assessments assessments;
    private final EventHistory history;
    private final Clock clock = Clock.systemUTC();

    ProgressReadings(JdbcTemplate jdbc, FrameworkDefinitions frameworks, Assessments assessments, EventHistory history) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.history = history;
    }

    /** The matrix under the version the level was decided under; empty before a track was chosen. */
    Matrix matrix(String employeeId, CareerPosition position) {
        return matrix(position, assessments.ratingsOf(employeeId), verifiedMilestones(employeeId));
    }

    /** {@link #matrix} of each of several people, reading everyone's ratings and verified milestones at once (a team's dashboard). */
    Map<String, Matrix> matrices(Map<String, CareerPosition> positions) {
        Map<String, List<Assessments.Rating>> ratings = assessments.ratingsOfEach(positions.keySet());
        Map<String, List<MilestoneVerified>> verified = history.ofEach(positions.keySet(), MilestoneVerified.class);
        Map<String, Matrix> matrices = new HashMap<>();
        positions.forEach((employeeId, position) -> matrices.put(employeeId, matrix(position, ratings.getOrDefault(employeeId, List.of()),
                milestoneIds(verified.getOrDefault(employeeId, List.of())))));
        return matrices;
    }

    private Matrix matrix(CareerPosition position, List<Assessments.Rating> stored, Set<String> verifiedMilestones) {
        List<Rating> ratings = stored.stream()
                .map(rating -> new Rating(rating.competencyId(), rating.assessmentId(), rating.assessorRole(), rating.proficiency(), rating.calibrated()))
                .toList();
        return Optional.ofNullable(position.trackId())
                .flatMap(track -> Optional.ofNullable(position.frameworkVersion()))
                .flatMap(version -> frameworks.version(position.frameworkId(), version))
                .map(framework -> CompetencyMatrix.of(framework, position.trackId(), position.level(), ratings, verifiedMilestones))
                .orElseGet(() -> new Matrix(List.of(), null));
    }

    private Set<String> verifiedMilestones(String employeeId) {
        return milestoneIds(history.of(employeeId, MilestoneVerified.class));
    }

    private static Set<String> milestoneIds(List<MilestoneVerified> verified) {
        return verified.stream().map(MilestoneVerified::milestoneId).collect(Collectors.toSet());
    }

    /** Each milestone the person recorded evidence for, in the order first recorded, with the latest evidence. */
    List<MilestoneLine> milestones(String employeeId) {
        Set<String> verified = verifiedMilestones(employeeId);
        Map<String, String> evidence = new LinkedHashMap<>();
        history.of(employeeId, MilestoneEvidenceRecorded.class).forEach(recorded -> evidence.put(recorded.milestoneId(), recorded.evidence()));
        return evidence.entrySet().stream()
                .map(milestone -> new MilestoneLine(milestone.getKey(), milestone.getValue(), verified.contains(milestone.getKey())))
                .toList();
    }

    List<GoalLine> goals(String employeeId) {
        return goalsOfEach(List.of(employeeId)).getOrDefault(employeeId, List.of());
    }

    /** Each person's goals, soonest due first, in one query (a team's dashboard). */
    Map<String, List<GoalLine>> goalsOfEach(Collection<String> employeeIds) {
        LocalDate today = today();
        Map<String, List<GoalLine>> goals = new HashMap<>();
        jdbc.query("""
                SELECT employee_id, goal_id, title, due_date, percent_complete, status FROM goal_progress WHERE employee_id = ANY(?)
                ORDER BY due_date NULLS LAST, goal_id""",
                (RowCallbackHandler) row -> {
                    LocalDate due = row.getDate("due_date") == null ? null : row.getDate("due_date").toLocalDate();
                    GoalStatus status = GoalStatus.valueOf(row.getString("status"));
                    goals.computeIfAbsent(row.getString("employee_id"), id -> new ArrayList<>()).add(new GoalLine(row.getString("goal_id"),
                            row.getString("title"), due, row.getInt("percent_complete"), status,
                            status == GoalStatus.OPEN && due != null && due.isBefore(today)));
                }, (Object) employeeIds.toArray(String[]::new));
        return goals;
    }

    long daysSince(LocalDate date) {
        return ChronoUnit.DAYS.between(date, today());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
