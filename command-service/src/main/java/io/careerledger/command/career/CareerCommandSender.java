package io.careerledger.command.career;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

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

    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"?(\\d+)\"?");

    private final CommandGateway commands;
    private final EventStore eventStore;

    CareerCommandSender(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    /** The version a client read (ETag) and expects to change, from an {@code If-Match} header. */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher version = ENTITY_TAG.matcher(ifMatch.strip());
        if (!version.matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "If-Match carries the version from an ETag, such as \"4\".");
        }
        return Long.valueOf(version.group(1));
    }

    ResponseEntity<Accepted> send(String employeeId, Object command, Context context) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(context.metaData()));
        long version = eventStore.lastSequenceNumberFor(employeeId).orElse(-1L);
        return ResponseEntity.ok().eTag(Long.toString(version)).body(new Accepted(employeeId, version));
    }
}
