package io.careerledger.events;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The participants agreed on an action item: who does what by when.
 *
 * @param agreementId     chosen by the client, so a retried agreement is recognised
 * @param ownerId         the participant who carries it out
 * @param amendmentReason why it was added after the conversation was concluded; absent before
 */
@EventRevision(1)
public record ConversationAgreementRecorded(
        @NotNull @Size(max = Limits.ID) String conversationId,
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String agreementId,
        @NotNull @Size(max = Limits.ACTOR) String recordedBy,
        @PersonalData @NotNull @Size(max = Limits.REASON) String description,
        @NotNull @Size(max = Limits.ID) String ownerId,
        @NotNull LocalDate dueDate,
        @PersonalData @Size(max = Limits.REASON) String amendmentReason) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
