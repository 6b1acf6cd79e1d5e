package io.careerledger.command.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

record AcknowledgeConversation(@TargetAggregateIdentifier String conversationId) {
}
