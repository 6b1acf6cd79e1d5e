package io.careerledger.command.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

record ConcludeConversation(@TargetAggregateIdentifier String conversationId, String summary) {
}
