package io.careerledger.query.framework;

import java.time.Instant;
import java.time.LocalDate;

/** A track of the version in force that nobody can choose from {@code sunsetDate} on. */
record ScheduledRetirement(String trackId, LocalDate sunsetDate, String successorTrackId, String reason, Instant scheduledAt) {

    /** From the sunset date on, as the command-service counts it. */
    boolean isPastSunset(LocalDate today) {
        return !today.isBefore(sunsetDate);
    }
}
