package io.careerledger.query.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.AssessmentCalibrated;
import io.careerledger.events.CareerEvent;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.events.EmployeeOffboarded;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.GoalAbandoned;
import io.careerledger.events.GoalCompleted;
import io.careerledger.events.GoalProgressRecorded;
import io.careerledger.events.GoalSet;
import io.careerledger.events.PromotionApplicationFailed;
import io.careerledger.events.PromotionApplied;
import io.careerledger.events.PromotionCompleted;
import io.careerledger.events.PromotionDecided;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.PromotionWithdrawn;
import io.careerledger.events.ReviewCycleClosed;
import io.careerledger.events.ReviewCycleOpened;
import io.careerledger.events.TrackChosen;
import io.careerledger.query.consumption.AuditEvent;
import io.careerledger.query.consumption.Projection;

/**
 * Feeds the dashboard and analytics tables. Inserts ignore a row that is already there and updates
 * set state, so replaying an event (a rebuild) leaves the tables as they were.
 */
@Component
class DashboardProjection implements Projection {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    DashboardProjection(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void project(CareerEvent event, AuditEvent envelope) {
        Timestamp at = Timestamp.from(envelope.occurredAt());
        if (event instanceof EmployeeRegistered e) {
            jdbc.update("""
                    INSERT INTO career_position (employee_id, framework_id, level, level_since, offboarded) VALUES (?, ?, ?, ?, false)
                    ON CONFLICT DO NOTHING""", e.employeeId(), e.frameworkId(), e.level(), Date.valueOf(e.hireDate()));
        } else if (event instanceof TrackChosen e) {
            trackChosen(e, envelope);
        } else if (event instanceof PromotionApplied e) {
            // the case keeps how long the person waited at the old level before the career moves on
            jdbc.update("""
                    UPDATE promotion_case_view SET status = 'APPLIED', promoted_on = ?,
                        days_in_level = ? - (SELECT level_since FROM career_position WHERE employee_id = ?)
                    WHERE case_id = ? AND promoted_on IS NULL""",
                    Date.valueOf(e.effectiveDate()), Date.valueOf(e.effectiveDate()), e.employeeId(), e.caseId());
            // the new level was decided under the version the case was nominated under
            jdbc.update("""
                    UPDATE career_position SET level = ?, level_since = ?,
                        framework_version = coalesce((SELECT framework_version FROM promotion_case_view WHERE case_id = ?), framework_version)
                    WHERE employee_id = ?""", e.toLevel(), Date.valueOf(e.effectiveDate()), e.caseId(), e.employeeId());
        } else if (event instanceof EmployeeOffboarded e) {
            jdbc.update("UPDATE career_position SET offboarded = true WHERE employee_id = ?", e.employeeId());
        } else if (event instanceof CompetencyAssessed e) {
            jdbc.update("""
                    INSERT INTO competency_assessment (assessment_id, competency_id, employee_id, assessor_role, assessor_id,
                        proficiency, review_cycle_id, framework_id, assessed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                    e.assessmentId(), e.competencyId(), e.employeeId(), e.assessorRole().name(), e.assessorId(), e.proficiency(),
                    e.reviewCycleId(), e.frameworkId(), at);
        } else if (event instanceof AssessmentCalibrated e) {
            jdbc.update("UPDATE competency_assessment SET calibrated_proficiency = ? WHERE assessment_id = ? AND competency_id = ?",
                    e.proficiency(), e.assessmentId(), e.competencyId());
        } else {
            projectGoalsCasesAndCycles(event, at);
        }
    }

    private void trackChosen(TrackChosen e, AuditEvent envelope) {
        if (e.previousTrackId() != null && !e.previousTrackId().equals(e.trackId())) {
            jdbc.update("""
                    INSERT INTO track_switch (event_id, employee_id, framework_id, from_track_id, to_track_id, switched_at)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", envelope.eventId(), e.employeeId(), e.frameworkId(), e.previousTrackId(), e.trackId(),
                    Timestamp.from(envelope.occurredAt()));
        }
        // time in level restarts only when the level itself changes, not with a switch at the same level
        LocalDate decided = LocalDate.ofInstant(envelope.occurredAt(), ZoneOffset.UTC);
        jdbc.update("""
                UPDATE career_position SET framework_id = ?, framework_version = ?, track_id = ?,
                    level_since = CASE WHEN level = ? THEN level_since ELSE ? END, level = ?
                WHERE employee_id = ?""",
                e.frameworkId(), e.frameworkVersion(), e.trackId(), e.level(), Date.valueOf(decided), e.level(), e.employeeId());
    }

    private void projectGoalsCasesAndCycles(CareerEvent event, Timestamp at) {
        if (event instanceof GoalSet e) {
            jdbc.update("""
                    INSERT INTO goal_progress (goal_id, employee_id, title, due_date, percent_complete, status) VALUES (?, ?, ?, ?, 0, 'OPEN')
                    ON CONFLICT DO NOTHING""", e.goalId(), e.employeeId(), e.title(), e.dueDate() == null ? null : Date.valueOf(e.dueDate()));
        } else if (event instanceof GoalProgressRecorded e) {
            jdbc.update("UPDATE goal_progress SET percent_complete = ? WHERE employee_id = ? AND goal_id = ?",
                    e.percentComplete(), e.employeeId(), e.goalId());
        } else if (event instanceof GoalCompleted e) {
            jdbc.update("UPDATE goal_progress SET percent_complete = 100, status = 'COMPLETED' WHERE employee_id = ? AND goal_id = ?",
                    e.employeeId(), e.goalId());
        } else if (event instanceof GoalAbandoned e) {
            jdbc.update("UPDATE goal_progress SET status = 'ABANDONED' WHERE employee_id = ? AND goal_id = ?", e.employeeId(), e.goalId());
        } else if (event instanceof PromotionNominated e) {
            jdbc.update("""
                    INSERT INTO promotion_case_view (case_id, employee_id, track_id, framework_version, from_level, to_level, status,
                        nominated_at) VALUES (?, ?, ?, ?, ?, ?, 'NOMINATED', ?) ON CONFLICT DO NOTHING""",
                    e.caseId(), e.employeeId(), e.trackId(), e.frameworkVersion(), e.fromLevel(), e.toLevel(), at);
        } else if (event instanceof PromotionDecided e) {
            caseStatus(e.caseId(), switch (e.decision()) {
                case APPROVE -> "APPROVED";
                case REJECT -> "REJECTED";
                case DEFER -> "DEFERRED";
            });
        } else if (event instanceof PromotionWithdrawn e) {
            caseStatus(e.caseId(), "WITHDRAWN");
        } else if (event instanceof PromotionApplicationFailed e) {
            caseStatus(e.caseId(), "FAILED");
        } else if (event instanceof PromotionCompleted e) {
            caseStatus(e.caseId(), "COMPLETED");
        } else if (event instanceof ReviewCycleOpened e) {
            jdbc.update("""
                    INSERT INTO review_cycle_view (cycle_id, name, everyone, manager_ids, open) VALUES (?, ?, ?, ?::jsonb, true)
                    ON CONFLICT DO NOTHING""", e.cycleId(), e.name(), e.population() == null || e.population().everyone(),
                    json.writeValueAsString(e.population() == null ? List.of() : e.population().managerIds()));
        } else if (event instanceof ReviewCycleClosed e) {
            jdbc.update("UPDATE review_cycle_view SET open = false WHERE cycle_id = ?", e.cycleId());
        }
    }

    private void caseStatus(String caseId, String status) {
        jdbc.update("UPDATE promotion_case_view SET status = ? WHERE case_id = ?", status, caseId);
    }
}
