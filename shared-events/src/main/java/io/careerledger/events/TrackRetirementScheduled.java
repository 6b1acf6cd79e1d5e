package io.careerledger.events;

import java.time.LocalDate;

/**
 * A track of the version in force will be retired: from {@code sunsetDate} on nobody can choose it,
 * and the people on it move to {@code successorTrackId}.
 */
@EventRevision(1)
public record TrackRetirementScheduled(
        String frameworkId,
        String trackId,
        LocalDate sunsetDate,
        String successorTrackId,
        String reason) implements CareerEvent {

    @Override
    public String subject() {
        return frameworkId;
    }
}
