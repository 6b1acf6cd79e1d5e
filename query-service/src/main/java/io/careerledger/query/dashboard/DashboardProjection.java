package io.careerledger.query.dashboard;

import java.sql.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import io.careerledger.events.GoalAbandoned;
import io.careerledger.events.GoalCompleted;
import io.careerledger.events.GoalProgressRecorded;
import io.careerledger.events.GoalSet;
import io.careerledger.query.consumption.BatchedWrites;
import io.careerledger.query.consumption.Envelope;
import io.careerledger.query.consumption.Handlers;
import io.careerledger.query.consumption.Projection;
import io.careerledger.events.PersonalDataErased;
import io.careerledger.events.PersonalDataCipher;

/**
 * Feeds the dashboard's own table, the goals and how far they are. Inserts ignore a row that is
 * already there and updates set state, so replaying an event (a rebuild) leaves it as it was.
 */
@Component
class DashboardProjection implements Projection {

    private static final String GOALS = "goal_progress";

    private final BatchedWrites writes;

    DashboardProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @Override
    public void register(Handlers handlers) {
        handlers.on(GoalSet.class, this::goalSet)
                .on(GoalProgressRecorded.class, this::progressRecorded)
                .on(GoalCompleted.class, this::goalCompleted)
                .on(GoalAbandoned.class, this::goalAbandoned)
                .on(PersonalDataErased.class, this::personalDataErased);
    }

    /** A goal's title is the person's words: it goes, its progress stays. */
    void personalDataErased(Envelope<PersonalDataErased> envelope) {
        writes.writeAll(GOALS, "UPDATE goal_progress SET title = ? WHERE employee_id = ?", PersonalDataCipher.ERASED,
                envelope.payload().employeeId());
    }

    void goalSet(Envelope<GoalSet> envelope) {
        GoalSet e = envelope.payload();
        writes.write(GOALS, goal(e.employeeId(), e.goalId()), """
                INSERT INTO goal_progress (goal_id, employee_id, title, due_date, percent_complete, status) VALUES (?, ?, ?, ?, 0, 'OPEN')
                ON CONFLICT DO NOTHING""", e.goalId(), e.employeeId(), e.title(), e.dueDate() == null ? null : Date.valueOf(e.dueDate()));
    }

    void progressRecorded(Envelope<GoalProgressRecorded> envelope) {
        GoalProgressRecorded e = envelope.payload();
        writes.write(GOALS, goal(e.employeeId(), e.goalId()),
                "UPDATE goal_progress SET percent_complete = ? WHERE employee_id = ? AND goal_id = ?",
                e.percentComplete(), e.employeeId(), e.goalId());
    }

    void goalCompleted(Envelope<GoalCompleted> envelope) {
        GoalCompleted e = envelope.payload();
        writes.write(GOALS, goal(e.employeeId(), e.goalId()),
                "UPDATE goal_progress SET percent_complete = 100, status = 'COMPLETED' WHERE employee_id = ? AND goal_id = ?",
                e.employeeId(), e.goalId());
    }

    void goalAbandoned(Envelope<GoalAbandoned> envelope) {
        GoalAbandoned e = envelope.payload();
        writes.write(GOALS, goal(e.employeeId(), e.goalId()),
                "UPDATE goal_progress SET status = 'ABANDONED' WHERE employee_id = ? AND goal_id = ?", e.employeeId(), e.goalId());
    }

    private static List<String> goal(String employeeId, String goalId) {
        return List.of(employeeId, goalId);
    }
}
