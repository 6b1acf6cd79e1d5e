package io.careerledger.query.review;

import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.sql.Timestamp;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.careerledger.events.AssessmentCalibrated;
import io.careerledger.events.AssessorRole;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.query.consumption.BatchedWrites;
import io.careerledger.query.support.Envelopes;

/** The assessment handlers, called directly: a rating is kept once, a calibration lands on the rating it adjusts. */
class AssessmentProjectionTest {

    private final BatchedWrites writes = mock(BatchedWrites.class);
    private final AssessmentProjection projection = new AssessmentProjection(writes);

    @Test
    void aRatingIsKeptWithItsCycleAndFrameworkOnce() {
        projection.assessed(Envelopes.of(new CompetencyAssessed("ada", "a1", "craft", AssessorRole.MANAGER, "mgr-1", 3, List.of(), null,
                "cycle-1", null, "fw", 1)));
        verify(writes).write(eq("competency_assessment"), eq(List.of("a1", "craft")), argThat(sql -> sql.contains("ON CONFLICT DO NOTHING")),
                eq("a1"), eq("craft"), eq("ada"), eq("MANAGER"),
                eq("mgr-1"), eq(3), eq("cycle-1"), eq("fw"), eq(Timestamp.from(Envelopes.AT)));
    }

    @Test
    void aCalibrationSetsTheCalibratedValueOfTheRatingItAdjusts() {
        projection.calibrated(Envelopes.of(new AssessmentCalibrated("ada", "a1", "craft", 3, 4, "Led the migration", "council-1")));
        verify(writes).write(eq("competency_assessment"), eq(List.of("a1", "craft")),
                argThat(sql -> sql.contains("calibrated_proficiency = ?")), eq(4), eq("a1"), eq("craft"));
    }
}
