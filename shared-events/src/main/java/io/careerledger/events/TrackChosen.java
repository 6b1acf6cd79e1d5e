package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The person and their line manager agreed on a track (first choice or a switch; tracks are permeable). The framework version it was checked against is kept. */
@EventRevision(1)
public record TrackChosen(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String frameworkId,
        int frameworkVersion,
        @Size(max = Limits.ID) String previousTrackId,
        @NotNull @Size(max = Limits.ID) String trackId,
        int level,
        @PersonalData @NotNull @Size(max = Limits.REASON) String reason,
        @Size(max = Limits.ID) String agreedBy,
        @Size(max = Limits.ID) String conversationId) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
