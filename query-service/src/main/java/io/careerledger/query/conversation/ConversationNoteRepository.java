package io.careerledger.query.conversation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConversationNoteRepository extends JpaRepository<ConversationNote, ConversationNote.Key> {

    List<ConversationNote> findByConversationIdOrderByRecordedAtAscNoteIdAsc(String conversationId);
}
