package io.careerledger.query.dashboard;

import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.careerledger.events.GoalAbandoned;
import io.careerledger.events.GoalCompleted;
import io.careerledger.events.GoalProgressRecorded;
import io.careerledger.events.GoalSet;
import io.careerledger.query.consumption.BatchedWrites;
import io.careerledger.query.support.Envelopes;

/** The goal handlers, called directly: each writes the goal's state, keyed by employee and goal. */
class DashboardProjectionTest {

    private final BatchedWrites writes = mock(BatchedWrites.class);
    private final DashboardProjection projection = new DashboardProjection(writes);

    @Test
    void aGoalStartsOpenAtNoProgressAndIsKeptOnce() {
        projection.goalSet(Envelopes.of(new GoalSet("ada", "g1", "Write the runbook", "Merged", LocalDate.of(2026, 6, 30), null, null, null)));
        verify(writes).write(eq("goal_progress"), eq(List.of("ada", "g1")), argThat(sql -> sql.contains("'OPEN'") && sql.contains("ON CONFLICT DO NOTHING")), eq("g1"), eq("ada"),
                eq("Write the runbook"), eq(Date.valueOf(LocalDate.of(2026, 6, 30))));
    }

    @Test
    void progressSetsThePercentage() {
        projection.progressRecorded(Envelopes.of(new GoalProgressRecorded("ada", "g1", 40, "Halfway")));
        verify(writes).write(eq("goal_progress"), eq(List.of("ada", "g1")), argThat(sql -> sql.contains("percent_complete = ?")), eq(40), eq("ada"), eq("g1"));
    }

    @Test
    void aCompletedGoalIsAtOneHundredPercent() {
        projection.goalCompleted(Envelopes.of(new GoalCompleted("ada", "g1", List.of("link"))));
        verify(writes).write(eq("goal_progress"), eq(List.of("ada", "g1")), argThat(sql -> sql.contains("percent_complete = 100") && sql.contains("'COMPLETED'")), eq("ada"), eq("g1"));
    }

    @Test
    void anAbandonedGoalIsMarkedSo() {
        projection.goalAbandoned(Envelopes.of(new GoalAbandoned("ada", "g1", "Reprioritised")));
        verify(writes).write(eq("goal_progress"), eq(List.of("ada", "g1")), argThat(sql -> sql.contains("'ABANDONED'")), eq("ada"), eq("g1"));
    }
}
