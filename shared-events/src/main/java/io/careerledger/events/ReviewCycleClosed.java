package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A review cycle closed after calibration: no assessment goes into it any more. */
@EventRevision(1)
public record ReviewCycleClosed(
        @NotNull @Size(max = Limits.ID) String cycleId,
        @NotNull @Size(max = Limits.ACTOR) String closedBy) implements CareerEvent {

    @Override
    public String subject() {
        return cycleId;
    }
}
