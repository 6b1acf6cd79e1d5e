package io.careerledger.events;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A track of the version in force will be retired: from {@code sunsetDate} on nobody can choose it,
 * and the people on it move to {@code successorTrackId}.
 */
@EventRevision(1)
public record TrackRetirementScheduled(
        @NotNull @Size(max = Limits.ID) String frameworkId,
        @NotNull @Size(max = Limits.ID) String trackId,
        @NotNull LocalDate sunsetDate,
        @NotNull @Size(max = Limits.ID) String successorTrackId,
        @NotNull @Size(max = Limits.REASON) String reason) implements CareerEvent {

    @Override
    public String subject() {
        return frameworkId;
    }
}
