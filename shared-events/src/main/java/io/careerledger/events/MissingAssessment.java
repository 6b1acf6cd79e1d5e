package io.careerledger.events;

/**
 * Someone in a review cycle's population whose assessment for a phase was still missing when the
 * phase's deadline passed.
 *
 * @param employeeId whose assessment is missing
 * @param owedBy     who owes it: the person themself (self-assessment) or their line manager (manager
 *                   assessment); absent for calibration, which the council owes
 */
public record MissingAssessment(String employeeId, String owedBy) {
}
