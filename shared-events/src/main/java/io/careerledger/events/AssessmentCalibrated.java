package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Calibration adjusted a rating, with its justification; the original assessment stays in the history. */
@EventRevision(1)
public record AssessmentCalibrated(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String assessmentId,
        @NotNull @Size(max = Limits.ID) String competencyId,
        int originalProficiency,
        int proficiency,
        @PersonalData @NotNull @Size(max = Limits.REASON) String justification,
        @NotNull @Size(max = Limits.ACTOR) String calibratedBy) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
