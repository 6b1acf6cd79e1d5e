package io.careerledger.query.conversation;

import io.careerledger.events.NoteVisibility;

/**
 * Who reads a conversation note's text, wherever it is shown (the conversation, the audit log, its
 * exports): shared notes everyone who may see the conversation, private ones their author alone,
 * HR-only ones HR alone. Whoever sees that a note exists sees its author and time either way.
 */
public final class NoteReaders {

    private NoteReaders() {
    }

    public static boolean mayReadText(NoteVisibility visibility, String author, String reader, boolean readerIsHr) {
        return switch (visibility) {
            case SHARED -> true;
            case PRIVATE -> author.equals(reader);
            case HR_ONLY -> readerIsHr;
        };
    }
}
