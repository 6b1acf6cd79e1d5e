package io.careerledger.events;

import java.time.LocalDate;

/**
 * The participants agreed on an action item: who does what by when.
 *
 * @param agreementId     chosen by the client, so a retried agreement is recognised
 * @param ownerId         the participant who carries it out
 * @param amendmentReason why it was added after the conversation was concluded; absent before
 */
@EventRevision(1)
public record ConversationAgreementRecorded(
        String conversationId,
        String employeeId,
        String agreementId,
        String recordedBy,
        String description,
        String ownerId,
        LocalDate dueDate,
        String amendmentReason) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
