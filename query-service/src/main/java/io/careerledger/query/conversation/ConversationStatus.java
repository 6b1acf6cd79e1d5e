package io.careerledger.query.conversation;

enum ConversationStatus {
    SCHEDULED,
    CONCLUDED,
    CANCELLED
}
