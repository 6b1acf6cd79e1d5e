package io.careerledger.command.career;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The person or their line manager records the track they agreed on; {@code agreedBy} is the other party. */
public record ChooseTrack(
        @TargetAggregateIdentifier String employeeId,
        String trackId,
        String reason,
        String agreedBy,
        String conversationId) {
}
