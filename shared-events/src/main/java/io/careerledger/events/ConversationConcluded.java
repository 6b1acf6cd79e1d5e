package io.careerledger.events;

/** The conversation took place and was summed up; from now on notes and agreements need a reason. */
@EventRevision(1)
public record ConversationConcluded(
        String conversationId,
        String employeeId,
        String concludedBy,
        String summary) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
