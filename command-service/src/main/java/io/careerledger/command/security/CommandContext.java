package io.careerledger.command.security;

import java.util.HashMap;
import java.util.Map;

/**
 * Where and why a command happened, when the request says so: it travels as metadata, so every event
 * it causes (and every CloudEvent) names the conversation, the review cycle and the reason.
 */
public record CommandContext(String conversationId, String reviewCycleId, String reason) {

    public static final CommandContext NONE = new CommandContext(null, null, null);

    public Map<String, Object> metaData() {
        Map<String, Object> metaData = new HashMap<>();
        putIfPresent(metaData, ActorMetadata.CONVERSATION_ID, conversationId);
        putIfPresent(metaData, ActorMetadata.REVIEW_CYCLE_ID, reviewCycleId);
        putIfPresent(metaData, ActorMetadata.REASON, reason);
        return metaData;
    }

    private static void putIfPresent(Map<String, Object> metaData, String key, String value) {
        if (value != null && !value.isBlank()) {
            metaData.put(key, value);
        }
    }
}
