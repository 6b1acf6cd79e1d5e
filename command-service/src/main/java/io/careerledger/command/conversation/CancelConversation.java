package io.careerledger.command.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

record CancelConversation(@TargetAggregateIdentifier String conversationId, String reason) {
}
