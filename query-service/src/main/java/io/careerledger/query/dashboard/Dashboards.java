package io.careerledger.query.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.careerledger.query.consumption.ParkedEvents;
import io.careerledger.query.conversation.ConversationDigest;
import io.careerledger.query.dashboard.CompetencyMatrix.Matrix;
import io.careerledger.query.dashboard.EmployeeDashboard.GoalLine;
import io.careerledger.query.dashboard.EmployeeDashboard.PromotionCaseLine;
import io.careerledger.query.dashboard.TeamMember.MissingAssessment;
import io.careerledger.query.employee.CareerPosition;
import io.careerledger.query.employee.EmployeeDirectory;
import io.careerledger.query.employee.Person;
import io.careerledger.query.promotion.PromotionCases;
import io.careerledger.query.review.Assessments;

/**
 * Puts a person's and a team's dashboards together. Where someone stands (track, level, title, grade,
 * band) is the employee directory's, the same answer the employee summary gives.
 */
@Service
@Transactional(readOnly = true)
class Dashboards {

    private final EmployeeDirectory directory;
    private final ProgressReadings positions;
    private final ConversationDigest conversations;
    private final PromotionCases promotionCases;
    private final Assessments assessments;
    private final ParkedEvents parkedEvents;

    Dashboards(EmployeeDirectory directory, ProgressReadings positions, ConversationDigest conversations,
               PromotionCases promotionCases, Assessments assessments, ParkedEvents parkedEvents) {
        this.directory = directory;
        this.positions = positions;
        this.conversations = conversations;
        this.promotionCases = promotionCases;
        this.assessments = assessments;
        this.parkedEvents = parkedEvents;
    }

    Optional<EmployeeDashboard> employee(String employeeId) {
        return directory.person(employeeId).map(person -> {
            CareerPosition position = person.position();
            Matrix matrix = positions.matrix(employeeId, position);
            return new EmployeeDashboard(employeeId, person.fullName(), person.managerId(), position.frameworkId(),
                    position.frameworkVersion(), position.trackId(), position.level(), position.title(), position.grade(),
                    position.salaryBand(), position.levelSince(), positions.daysSince(position.levelSince()), person.offboardedOn(),
                    matrix.competencies(), matrix.readiness(), positions.goals(employeeId), positions.milestones(employeeId),
                    conversations.lastOfEachKind(employeeId),
                    promotionCases.openCaseOf(employeeId)
                            .map(open -> new PromotionCaseLine(open.caseId(), open.status(), open.decision(), open.toLevel()))
                            .orElse(null),
                    parkedEvents.anyParkedFor(employeeId));
        });
    }

    /** A manager's reports, each read model asked once for the whole team rather than once a person. */
    List<TeamMember> team(String managerId) {
        List<Person> reports = directory.reportsOf(managerId);
        Map<String, CareerPosition> positionsOf = new LinkedHashMap<>();
        reports.forEach(person -> positionsOf.put(person.employeeId(), person.position()));
        Map<String, Matrix> matrices = positions.matrices(positionsOf);
        Map<String, List<GoalLine>> goals = positions.goalsOfEach(positionsOf.keySet());
        Map<String, Instant> catchUps = conversations.lastCatchUpOfEach(positionsOf.keySet());
        Map<String, List<Assessments.Missing>> missing = assessments.missingOfEach(positionsOf.keySet(), managerId);
        return reports.stream().map(person -> {
            String employeeId = person.employeeId();
            CareerPosition position = person.position();
            return new TeamMember(employeeId, person.fullName(), position.trackId(), position.level(), position.title(), position.grade(),
                    position.salaryBand(), matrices.get(employeeId).readiness(),
                    (int) goals.getOrDefault(employeeId, List.of()).stream().filter(GoalLine::overdue).count(),
                    Optional.ofNullable(catchUps.get(employeeId))
                            .map(held -> positions.daysSince(LocalDate.ofInstant(held, ZoneOffset.UTC))).orElse(null),
                    missing.getOrDefault(employeeId, List.of()).stream()
                            .map(owed -> new MissingAssessment(owed.reviewCycleId(), owed.assessorRole())).toList());
        }).toList();
    }
}
