package io.careerledger.query.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.careerledger.events.ConversationNoteRecorded;
import io.careerledger.events.NoteVisibility;

/** Who reads a note, whoever they are in the conversation. */
class ConversationNoteTest {

    private static final boolean HR = true;
    private static final boolean NOT_HR = false;

    @Test
    void aSharedNoteIsReadByEveryoneWhoSeesTheConversation() {
        ConversationNote note = writtenBy("grace", NoteVisibility.SHARED);
        assertThat(note.visibleTo("ada", NOT_HR)).isTrue();
        assertThat(note.visibleTo("hr-1", HR)).isTrue();
    }

    @Test
    void aPrivateNoteIsReadByItsAuthorAloneNotEvenHr() {
        ConversationNote note = writtenBy("grace", NoteVisibility.PRIVATE);
        assertThat(note.visibleTo("grace", NOT_HR)).isTrue();
        assertThat(note.visibleTo("ada", NOT_HR)).isFalse();
        assertThat(note.visibleTo("hr-1", HR)).isFalse();
    }

    @Test
    void anHrOnlyNoteIsReadByHrAlone() {
        ConversationNote note = writtenBy("grace", NoteVisibility.HR_ONLY);
        assertThat(note.visibleTo("hr-1", HR)).isTrue();
        assertThat(note.visibleTo("ada", NOT_HR)).isFalse();
        assertThat(note.visibleTo("grace", NOT_HR)).isFalse();
    }

    private static ConversationNote writtenBy(String author, NoteVisibility visibility) {
        return new ConversationNote(new ConversationNoteRecorded("c-1", "ada", "n-1", author, "text", visibility, null),
                Instant.parse("2026-03-02T10:00:00Z"));
    }
}
