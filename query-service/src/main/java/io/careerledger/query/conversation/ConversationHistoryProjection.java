package io.careerledger.query.conversation;

import org.springframework.stereotype.Component;

import io.careerledger.events.ConversationAcknowledged;
import io.careerledger.events.ConversationAgreementRecorded;
import io.careerledger.events.ConversationCancelled;
import io.careerledger.events.ConversationConcluded;
import io.careerledger.events.ConversationNoteRecorded;
import io.careerledger.events.ConversationScheduled;
import io.careerledger.query.consumption.Envelope;
import io.careerledger.query.consumption.Handlers;
import io.careerledger.query.consumption.Projection;
import io.careerledger.events.PersonalDataErased;

/**
 * Conversation history: each conversation with its notes and agreements. A conversation's events are
 * keyed by its employee, so they arrive in the order they were stored; one about a conversation never
 * seen fails and is parked. Notes and agreements are kept once per id, so a replay adds nothing.
 */
@Component
class ConversationHistoryProjection implements Projection {

    private final ConversationRepository conversations;
    private final ConversationNoteRepository notes;
    private final ConversationAgreementRepository agreements;

    ConversationHistoryProjection(ConversationRepository conversations, ConversationNoteRepository notes,
                                  ConversationAgreementRepository agreements) {
        this.conversations = conversations;
        this.notes = notes;
        this.agreements = agreements;
    }

    @Override
    public void register(Handlers handlers) {
        handlers.on(ConversationScheduled.class, this::scheduled)
                .on(ConversationNoteRecorded.class, this::noteRecorded)
                .on(ConversationAgreementRecorded.class, this::agreementRecorded)
                .on(ConversationConcluded.class, this::concluded)
                .on(ConversationAcknowledged.class, this::acknowledged)
                .on(ConversationCancelled.class, this::cancelled)
                .on(PersonalDataErased.class, this::personalDataErased);
    }

    /** Every conversation about the person keeps its facts; its texts, whoever wrote them, are theirs and go. */
    void personalDataErased(Envelope<PersonalDataErased> envelope) {
        for (Conversation conversation : conversations.findByEmployeeId(envelope.payload().employeeId())) {
            conversation.personalDataErased();
            notes.findByConversationIdOrderByRecordedAtAscNoteIdAsc(conversation.conversationId()).forEach(ConversationNote::personalDataErased);
            agreements.findByConversationIdOrderByRecordedAtAscAgreementIdAsc(conversation.conversationId())
                    .forEach(ConversationAgreement::personalDataErased);
        }
    }

    void scheduled(Envelope<ConversationScheduled> envelope) {
        if (!conversations.existsById(envelope.payload().conversationId())) {
            conversations.save(new Conversation(envelope.payload(), envelope.time()));
        }
    }

    void noteRecorded(Envelope<ConversationNoteRecorded> envelope) {
        ConversationNoteRecorded note = envelope.payload();
        existing(note.conversationId());
        if (!notes.existsById(new ConversationNote.Key(note.conversationId(), note.noteId()))) {
            notes.save(new ConversationNote(note, envelope.time()));
        }
    }

    void agreementRecorded(Envelope<ConversationAgreementRecorded> envelope) {
        ConversationAgreementRecorded agreement = envelope.payload();
        existing(agreement.conversationId());
        if (!agreements.existsById(new ConversationAgreement.Key(agreement.conversationId(), agreement.agreementId()))) {
            agreements.save(new ConversationAgreement(agreement, envelope.time()));
        }
    }

    void concluded(Envelope<ConversationConcluded> envelope) {
        ConversationConcluded concluded = envelope.payload();
        existing(concluded.conversationId()).concluded(concluded.concludedBy(), concluded.summary(), envelope.time());
    }

    void acknowledged(Envelope<ConversationAcknowledged> envelope) {
        existing(envelope.payload().conversationId()).acknowledged(envelope.time());
    }

    void cancelled(Envelope<ConversationCancelled> envelope) {
        ConversationCancelled cancelled = envelope.payload();
        existing(cancelled.conversationId()).cancelled(cancelled.cancelledBy(), cancelled.reason(), envelope.time());
    }

    private Conversation existing(String conversationId) {
        return conversations.findById(conversationId).orElseThrow(() ->
                new IllegalStateException("Conversation " + conversationId + " was never scheduled."));
    }
}
