package io.careerledger.events;

/** The conversation will not take place. */
@EventRevision(1)
public record ConversationCancelled(
        String conversationId,
        String employeeId,
        String cancelledBy,
        String reason) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
