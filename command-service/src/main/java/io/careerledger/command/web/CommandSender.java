package io.careerledger.command.web;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.careerledger.command.eventstore.AggregateVersions;
import io.careerledger.command.security.CommandContext;
import io.careerledger.support.consistency.ConsistencyToken;

/**
 * The one way an HTTP request reaches an aggregate: the If-Match version it expects and where / why it
 * happened travel as metadata (so every event and CloudEvent carries them), and the answer's ETag is
 * the version this command produced, from its own result. Every accepted command's answer also carries
 * the {@link ConsistencyToken} of that version, set here so that no controller can leave it out.
 */
@Component
public class CommandSender {

    /** What a command answered: its handler's result and the version it left its record at. */
    public record Sent(Object result, long version) {

        /** The version as an entity tag value, for {@code ResponseEntity.eTag}. */
        public String etag() {
            return Long.toString(version);
        }

        /** 204 with the version as ETag: the answer of a command that has nothing else to say. */
        public ResponseEntity<Void> noContent() {
            return ResponseEntity.noContent().eTag(etag()).build();
        }
    }

    private final CommandGateway commands;

    CommandSender(CommandGateway commands) {
        this.commands = commands;
    }

    /** A command on a record the client may have read: {@code ifMatch} is the request's If-Match header, or null. */
    public Sent send(Object command, CommandContext context, String ifMatch) {
        Long expectedVersion = IfMatch.expectedVersion(ifMatch);
        Map<String, Object> metaData = context.metaData();
        if (expectedVersion != null) {
            metaData.put(AggregateVersions.EXPECTED_VERSION, expectedVersion);
        }
        CompletableFuture<CommandResultMessage<?>> answer = new CompletableFuture<>();
        commands.send(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData),
                (message, result) -> answer.complete(result));
        CommandResultMessage<?> result = await(answer);
        if (result.isExceptional()) {
            throw asUnchecked(result.exceptionResult());
        }
        long version = AggregateVersions.producedBy(result);
        answerHeader(new ConsistencyToken(AggregateVersions.aggregateOf(result), version));
        return new Sent(result.getPayload(), version);
    }

    /** On the current request's answer, whatever the controller builds it from. */
    private static void answerHeader(ConsistencyToken token) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request && request.getResponse() != null) {
            request.getResponse().setHeader(ConsistencyToken.HEADER, token.encoded());
        }
    }

    /** A command that creates a record, or any command sent without If-Match. */
    public Sent send(Object command, CommandContext context) {
        return send(command, context, null);
    }

    private static CommandResultMessage<?> await(CompletableFuture<CommandResultMessage<?>> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandExecutionException("Interrupted while the command ran.", e);
        } catch (ExecutionException e) {
            throw asUnchecked(e.getCause());
        }
    }

    private static RuntimeException asUnchecked(Throwable failure) {
        return failure instanceof RuntimeException unchecked ? unchecked : new CommandExecutionException(failure.getMessage(), failure);
    }
}
