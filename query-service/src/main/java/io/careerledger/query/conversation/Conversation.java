package io.careerledger.query.conversation;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.careerledger.events.ConversationKind;
import io.careerledger.events.ConversationScheduled;
import io.careerledger.events.PersonalDataCipher;

/** One conversation of an employee's history. Every change sets state, so applying an event again changes nothing. */
@Entity
@Table(name = "conversation")
class Conversation {

    @Id
    private String conversationId;
    private String employeeId;
    @Enumerated(EnumType.STRING)
    private ConversationKind kind;
    @Enumerated(EnumType.STRING)
    private ConversationStatus status;
    private String scheduledBy;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private List<String> participants;
    private Instant scheduledFor;
    private String reviewCycleId;
    private String agenda;
    private Instant scheduledAt;
    private String summary;
    private String concludedBy;
    private Instant concludedAt;
    private boolean acknowledged;
    private Instant acknowledgedAt;
    private String cancelledBy;
    private String cancellationReason;
    private Instant cancelledAt;

    protected Conversation() {
    }

    Conversation(ConversationScheduled scheduled, Instant at) {
        this.conversationId = scheduled.conversationId();
        this.employeeId = scheduled.employeeId();
        this.kind = scheduled.kind();
        this.status = ConversationStatus.SCHEDULED;
        this.scheduledBy = scheduled.scheduledBy();
        this.participants = scheduled.participants();
        this.scheduledFor = scheduled.scheduledFor();
        this.reviewCycleId = scheduled.reviewCycleId();
        this.agenda = scheduled.agenda();
        this.scheduledAt = at;
    }

    void concluded(String concludedBy, String summary, Instant at) {
        this.status = ConversationStatus.CONCLUDED;
        this.concludedBy = concludedBy;
        this.summary = summary;
        this.concludedAt = at;
    }

    void acknowledged(Instant at) {
        if (!acknowledged) {
            this.acknowledged = true;
            this.acknowledgedAt = at;
        }
    }

    void cancelled(String cancelledBy, String reason, Instant at) {
        this.status = ConversationStatus.CANCELLED;
        this.cancelledBy = cancelledBy;
        this.cancellationReason = reason;
        this.cancelledAt = at;
    }

    String conversationId() {
        return conversationId;
    }

    String employeeId() {
        return employeeId;
    }

    boolean hasParticipant(String person) {
        return participants.contains(person);
    }

    ConversationSummary summary() {
        return new ConversationSummary(conversationId, employeeId, kind, status, scheduledFor, scheduledBy, participants,
                reviewCycleId, summary, concludedAt, acknowledged);
    }

    ConversationDetail detail(List<ConversationDetail.Note> notes, List<ConversationDetail.Agreement> agreements) {
        return new ConversationDetail(summary(), agenda, scheduledAt, concludedBy, acknowledgedAt, cancelledBy,
                cancellationReason, cancelledAt, notes, agreements);
    }

    /** The person's data was erased: the texts go, the facts (kind, dates, who took part) stay. */
    void personalDataErased() {
        this.agenda = PersonalDataCipher.erase(agenda);
        this.summary = PersonalDataCipher.erase(summary);
        this.cancellationReason = PersonalDataCipher.erase(cancellationReason);
    }
}
