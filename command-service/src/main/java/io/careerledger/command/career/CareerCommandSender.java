package io.careerledger.command.career;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.careerledger.command.eventstore.AggregateVersions;
import io.careerledger.command.security.CommandContext;

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

    ResponseEntity<Accepted> send(String employeeId, Object command, CommandContext context) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(context.metaData()));
        String version = versions.current(employeeId);
        return ResponseEntity.ok().eTag(version).body(new Accepted(employeeId, Long.parseLong(version)));
    }
}
