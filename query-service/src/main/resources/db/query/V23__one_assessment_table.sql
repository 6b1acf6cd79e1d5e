-- One table of assessments, owned by the review package: competency_assessment already holds every
-- rating with its cycle; review_assessment was a second copy of the cycle's ones.
CREATE INDEX competency_assessment_cycle_role ON competency_assessment (review_cycle_id, assessor_role, employee_id);
DROP TABLE review_assessment;
