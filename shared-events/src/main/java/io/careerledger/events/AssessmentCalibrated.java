package io.careerledger.events;

/** Calibration adjusted a rating, with its justification; the original assessment stays in the history. */
@EventRevision(1)
public record AssessmentCalibrated(
        String employeeId,
        String assessmentId,
        String competencyId,
        int originalProficiency,
        int proficiency,
        String justification,
        String calibratedBy) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
