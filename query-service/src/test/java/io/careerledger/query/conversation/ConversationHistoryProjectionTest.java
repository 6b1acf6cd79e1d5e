package io.careerledger.query.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.careerledger.events.ConversationConcluded;
import io.careerledger.events.ConversationKind;
import io.careerledger.events.ConversationNoteRecorded;
import io.careerledger.events.ConversationScheduled;
import io.careerledger.events.NoteVisibility;
import io.careerledger.query.support.Envelopes;

/** The conversation-history handlers, called directly. */
class ConversationHistoryProjectionTest {

    private final ConversationRepository conversations = mock(ConversationRepository.class);
    private final ConversationNoteRepository notes = mock(ConversationNoteRepository.class);
    private final ConversationHistoryProjection projection = new ConversationHistoryProjection(conversations, notes,
            mock(ConversationAgreementRepository.class));
    private final ConversationScheduled scheduled = new ConversationScheduled("c1", "ada", ConversationKind.ONE_TO_ONE, "mgr-1",
            List.of("ada", "mgr-1"), Envelopes.AT, null, null);

    @Test
    void aConcludedConversationKeepsItsSummaryAndTime() {
        Conversation conversation = new Conversation(scheduled, Envelopes.AT);
        when(conversations.findById("c1")).thenReturn(Optional.of(conversation));
        projection.concluded(Envelopes.of(new ConversationConcluded("c1", "ada", "mgr-1", "Went well")));
        assertThat(conversation.summary().status()).isEqualTo(ConversationStatus.CONCLUDED);
        assertThat(conversation.summary().summary()).isEqualTo("Went well");
        assertThat(conversation.summary().concludedAt()).isEqualTo(Envelopes.AT);
    }

    @Test
    void aNoteSeenAgainIsKeptOnce() {
        when(conversations.findById("c1")).thenReturn(Optional.of(new Conversation(scheduled, Envelopes.AT)));
        when(notes.existsById(any())).thenReturn(true);
        projection.noteRecorded(Envelopes.of(new ConversationNoteRecorded("c1", "ada", "n1", "mgr-1", "Text", NoteVisibility.PRIVATE, null)));
        verify(notes, never()).save(any());
    }

    @Test
    void aNoteOfAConversationNeverScheduledFailsSoThatItIsParked() {
        when(conversations.findById("c1")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> projection.noteRecorded(Envelopes.of(
                new ConversationNoteRecorded("c1", "ada", "n1", "mgr-1", "Text", NoteVisibility.SHARED, null))))
                .hasMessageContaining("never scheduled");
    }
}
