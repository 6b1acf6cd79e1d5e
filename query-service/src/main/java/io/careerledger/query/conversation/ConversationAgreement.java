package io.careerledger.query.conversation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.careerledger.events.ConversationAgreementRecorded;
import io.careerledger.events.PersonalDataCipher;

/** An action item agreed in a conversation: who does what by when. */
@Entity
@Table(name = "conversation_agreement")
@IdClass(ConversationAgreement.Key.class)
class ConversationAgreement {

    @Id
    private String conversationId;
    @Id
    private String agreementId;
    private String recordedBy;
    private String description;
    private String ownerId;
    private LocalDate dueDate;
    private String amendmentReason;
    private Instant recordedAt;

    protected ConversationAgreement() {
    }

    ConversationAgreement(ConversationAgreementRecorded recorded, Instant at) {
        this.conversationId = recorded.conversationId();
        this.agreementId = recorded.agreementId();
        this.recordedBy = recorded.recordedBy();
        this.description = recorded.description();
        this.ownerId = recorded.ownerId();
        this.dueDate = recorded.dueDate();
        this.amendmentReason = recorded.amendmentReason();
        this.recordedAt = at;
    }

    ConversationDetail.Agreement view() {
        return new ConversationDetail.Agreement(agreementId, description, ownerId, dueDate, recordedBy, amendmentReason, recordedAt);
    }

    record Key(String conversationId, String agreementId) {
    }

    void personalDataErased() {
        this.description = PersonalDataCipher.ERASED;
        this.amendmentReason = PersonalDataCipher.erase(amendmentReason);
    }
}
