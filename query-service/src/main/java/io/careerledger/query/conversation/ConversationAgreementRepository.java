package io.careerledger.query.conversation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConversationAgreementRepository extends JpaRepository<ConversationAgreement, ConversationAgreement.Key> {

    List<ConversationAgreement> findByConversationIdOrderByRecordedAtAscAgreementIdAsc(String conversationId);
}
