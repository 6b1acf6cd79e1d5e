package io.careerledger.query.dashboard;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.careerledger.query.consumption.ParkedEventRepository;
import io.careerledger.query.conversation.ConversationDigest;
import io.careerledger.query.dashboard.CareerPositions.Position;
import io.careerledger.query.dashboard.CompetencyMatrix.Matrix;
import io.careerledger.query.dashboard.EmployeeDashboard.GoalLine;
import io.careerledger.query.dashboard.TeamMember.MissingAssessment;
import io.careerledger.query.employee.EmployeeDirectory;
import io.careerledger.query.employee.Person;

/** Puts a person's and a team's dashboards together from the read models. */
@Service
@Transactional(readOnly = true)
class Dashboards {

    /** The assessments every person in a review cycle owes: their own and their manager's. */
    private static final List<String> OWED_BY_CYCLE = List.of("SELF", "MANAGER");

    private final EmployeeDirectory directory;
    private final CareerPositions positions;
    private final ConversationDigest conversations;
    private final JdbcTemplate jdbc;
    private final ParkedEventRepository parkedEvents;

    Dashboards(EmployeeDirectory directory, CareerPositions positions, ConversationDigest conversations, JdbcTemplate jdbc,
               ParkedEventRepository parkedEvents) {
        this.parkedEvents = parkedEvents;
        this.directory = directory;
        this.positions = positions;
        this.conversations = conversations;
        this.jdbc = jdbc;
    }

    Optional<EmployeeDashboard> employee(String employeeId) {
        return directory.person(employeeId).flatMap(person -> positions.position(employeeId).map(position -> {
            Matrix matrix = positions.matrix(employeeId, position);
            return new EmployeeDashboard(employeeId, person.fullName(), person.managerId(), position.frameworkId(),
                    positions.frameworkVersion(position), position.trackId(), position.level(), matrix.title(), matrix.grade(),
                    position.levelSince(), positions.daysSince(position.levelSince()), person.offboardedOn(), matrix.competencies(),
                    matrix.readiness(), positions.goals(employeeId), conversations.lastOfEachKind(employeeId),
                    positions.openCase(employeeId).orElse(null), parkedEvents.existsBySubject(employeeId));
        }));
    }

    List<TeamMember> team(String managerId) {
        return directory.reportsOf(managerId).stream().flatMap(person -> member(person, managerId).stream()).toList();
    }

    private Optional<TeamMember> member(Person person, String managerId) {
        String employeeId = person.employeeId();
        return positions.position(employeeId).map(position -> new TeamMember(employeeId, person.fullName(), position.trackId(),
                position.level(), positions.matrix(employeeId, position).readiness(),
                (int) positions.goals(employeeId).stream().filter(GoalLine::overdue).count(),
                conversations.lastCatchUp(employeeId)
                        .map(held -> positions.daysSince(LocalDate.ofInstant(held, ZoneOffset.UTC))).orElse(null),
                missingAssessments(employeeId, managerId)));
    }

    private List<MissingAssessment> missingAssessments(String employeeId, String managerId) {
        List<String> cycles = jdbc.queryForList("""
                SELECT cycle_id FROM review_cycle_view WHERE open AND (everyone OR manager_ids @> to_jsonb(?::text)) ORDER BY cycle_id""",
                String.class, managerId);
        return cycles.stream().flatMap(cycle -> OWED_BY_CYCLE.stream()
                        .filter(role -> jdbc.queryForObject("""
                                SELECT NOT EXISTS (SELECT 1 FROM competency_assessment
                                WHERE employee_id = ? AND review_cycle_id = ? AND assessor_role = ?)""",
                                Boolean.class, employeeId, cycle, role))
                        .map(role -> new MissingAssessment(cycle, role)))
                .toList();
    }
}
