package io.careerledger.events;

/** The person and their line manager agreed on a track (first choice or a switch; tracks are permeable). The framework version it was checked against is kept. */
@EventRevision(1)
public record TrackChosen(
        String employeeId,
        String frameworkId,
        int frameworkVersion,
        String previousTrackId,
        String trackId,
        int level,
        String reason,
        String agreedBy,
        String conversationId) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
