package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Someone in a review cycle's population whose assessment for a phase was still missing when the
 * phase's deadline passed.
 *
 * @param employeeId whose assessment is missing
 * @param owedBy     who owes it: the person themself (self-assessment) or their line manager (manager
 *                   assessment); absent for calibration, which the council owes
 */
public record MissingAssessment(@NotNull @Size(max = Limits.ID) String employeeId, @NotNull @Size(max = Limits.ACTOR) String owedBy) {
}
