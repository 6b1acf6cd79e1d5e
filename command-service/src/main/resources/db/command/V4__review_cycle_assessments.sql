-- The assessments made in each review cycle, kept by a subscribing processor (in the transaction that
-- stores the events), so that a passed deadline can say who in the cycle is still missing what.
-- Calibration counts when the council assessed in the cycle or adjusted one of the cycle's ratings.
CREATE TABLE review_cycle_assessment (
    employee_id   VARCHAR(255) NOT NULL,
    assessment_id VARCHAR(255) NOT NULL,
    cycle_id      VARCHAR(255) NOT NULL,
    assessor_role VARCHAR(16)  NOT NULL,
    calibrated    BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (employee_id, assessment_id)
);
CREATE INDEX review_cycle_assessment_cycle ON review_cycle_assessment (cycle_id, employee_id);

-- assessments and calibrations stored before this table existed
INSERT INTO review_cycle_assessment (employee_id, assessment_id, cycle_id, assessor_role)
SELECT aggregate_identifier,
       convert_from(payload, 'UTF8')::jsonb ->> 'assessmentId',
       convert_from(payload, 'UTF8')::jsonb ->> 'reviewCycleId',
       convert_from(payload, 'UTF8')::jsonb ->> 'assessorRole'
FROM domain_event_entry
WHERE payload_type = 'io.careerledger.events.CompetencyAssessed'
  AND convert_from(payload, 'UTF8')::jsonb ->> 'reviewCycleId' IS NOT NULL
ON CONFLICT (employee_id, assessment_id) DO NOTHING;

UPDATE review_cycle_assessment a SET calibrated = TRUE
FROM domain_event_entry e
WHERE e.payload_type = 'io.careerledger.events.AssessmentCalibrated'
  AND e.aggregate_identifier = a.employee_id
  AND convert_from(e.payload, 'UTF8')::jsonb ->> 'assessmentId' = a.assessment_id;
