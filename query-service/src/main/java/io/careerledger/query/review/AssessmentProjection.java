package io.careerledger.query.review;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.stereotype.Component;

import io.careerledger.events.AssessmentCalibrated;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.query.consumption.BatchedWrites;
import io.careerledger.query.consumption.Envelope;
import io.careerledger.query.consumption.Handlers;
import io.careerledger.query.consumption.Projection;

/**
 * Every rating, in or outside a review cycle; a calibration lands on the rating it adjusts. Assessments
 * travel on their employee's partition and may arrive before their cycle, so they are kept without it.
 */
@Component
class AssessmentProjection implements Projection {

    private static final String ASSESSMENTS = "competency_assessment";

    private final BatchedWrites writes;

    AssessmentProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @Override
    public void register(Handlers handlers) {
        handlers.on(CompetencyAssessed.class, this::assessed).on(AssessmentCalibrated.class, this::calibrated);
    }

    void assessed(Envelope<CompetencyAssessed> envelope) {
        CompetencyAssessed e = envelope.payload();
        writes.write(ASSESSMENTS, List.of(e.assessmentId(), e.competencyId()), """
                INSERT INTO competency_assessment (assessment_id, competency_id, employee_id, assessor_role, assessor_id,
                    proficiency, review_cycle_id, framework_id, assessed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                e.assessmentId(), e.competencyId(), e.employeeId(), e.assessorRole().name(), e.assessorId(), e.proficiency(),
                e.reviewCycleId(), e.frameworkId(), Timestamp.from(envelope.time()));
    }

    void calibrated(Envelope<AssessmentCalibrated> envelope) {
        AssessmentCalibrated e = envelope.payload();
        writes.write(ASSESSMENTS, List.of(e.assessmentId(), e.competencyId()), "UPDATE competency_assessment SET calibrated_proficiency = ? WHERE assessment_id = ? AND competency_id = ?",
                e.proficiency(), e.assessmentId(), e.competencyId());
    }
}
