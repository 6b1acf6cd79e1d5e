package io.careerledger.command.career;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.careerledger.command.eventstore.AggregateVersions;
import io.careerledger.command.security.ActorMetadata;

/**
 * Sends a command on a person's career the way every endpoint does: the If-Match version it expects,
 * the conversation / review cycle / reason it happened in as metadata (so every event and CloudEvent
 * carries them), and the person's version after it as the ETag.
 */
@Component
class CareerCommandSender {

    /** What a command answers: the person and their version after it. */
    record Accepted(String employeeId, long version) {
    }

    /** Where and why a command happened, when the request says so. */
    record Context(String conversationId, String reviewCycleId, String reason) {

        static final Context NONE = new Context(null, null, null);

        Map<String, Object> metaData() {
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

    private final CommandGateway commands;
    private final AggregateVersions versions;

    CareerCommandSender(CommandGateway commands, AggregateVersions versions) {
        this.commands = commands;
        this.versions = versions;
    }

    /** The version a client read (ETag) and expects to change, from an {@code If-Match} header. */
    static Long expectedVersion(String ifMatch) {
        return AggregateVersions.expectedVersion(ifMatch);
    }

    ResponseEntity<Accepted> send(String employeeId, Object command, Context context) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(context.metaData()));
        String version = versions.current(employeeId);
        return ResponseEntity.ok().eTag(version).body(new Accepted(employeeId, Long.parseLong(version)));
    }
}
