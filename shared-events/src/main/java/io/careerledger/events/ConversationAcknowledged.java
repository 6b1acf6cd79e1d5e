package io.careerledger.events;

/** The employee read the concluded conversation and acknowledged it. */
@EventRevision(1)
public record ConversationAcknowledged(
        String conversationId,
        String employeeId) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
