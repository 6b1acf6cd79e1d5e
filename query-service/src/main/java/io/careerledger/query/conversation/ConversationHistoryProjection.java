package io.careerledger.query.conversation;

import java.time.Instant;

import org.springframework.stereotype.Component;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.ConversationAcknowledged;
import io.careerledger.events.ConversationAgreementRecorded;
import io.careerledger.events.ConversationCancelled;
import io.careerledger.events.ConversationConcluded;
import io.careerledger.events.ConversationNoteRecorded;
import io.careerledger.events.ConversationScheduled;
import io.careerledger.query.consumption.AuditEvent;
import io.careerledger.query.consumption.Projection;

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
    public void project(CareerEvent event, AuditEvent envelope) {
        Instant at = envelope.occurredAt();
        if (event instanceof ConversationScheduled scheduled) {
            if (!conversations.existsById(scheduled.conversationId())) {
                conversations.save(new Conversation(scheduled, at));
            }
        } else if (event instanceof ConversationNoteRecorded note) {
            existing(note.conversationId());
            if (!notes.existsById(new ConversationNote.Key(note.conversationId(), note.noteId()))) {
                notes.save(new ConversationNote(note, at));
            }
        } else if (event instanceof ConversationAgreementRecorded agreement) {
            existing(agreement.conversationId());
            if (!agreements.existsById(new ConversationAgreement.Key(agreement.conversationId(), agreement.agreementId()))) {
                agreements.save(new ConversationAgreement(agreement, at));
            }
        } else if (event instanceof ConversationConcluded concluded) {
            existing(concluded.conversationId()).concluded(concluded.concludedBy(), concluded.summary(), at);
        } else if (event instanceof ConversationAcknowledged acknowledged) {
            existing(acknowledged.conversationId()).acknowledged(at);
        } else if (event instanceof ConversationCancelled cancelled) {
            existing(cancelled.conversationId()).cancelled(cancelled.cancelledBy(), cancelled.reason(), at);
        }
    }

    private Conversation existing(String conversationId) {
        return conversations.findById(conversationId).orElseThrow(() ->
                new IllegalStateException("Conversation " + conversationId + " was never scheduled."));
    }
}
