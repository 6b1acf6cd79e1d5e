package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A review cycle moved on to its next phase. */
@EventRevision(1)
public record ReviewCyclePhaseStarted(
        @NotNull @Size(max = Limits.ID) String cycleId,
        ReviewPhase previousPhase,
        @NotNull ReviewPhase phase) implements CareerEvent {

    @Override
    public String subject() {
        return cycleId;
    }
}
