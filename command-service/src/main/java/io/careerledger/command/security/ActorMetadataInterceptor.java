package io.careerledger.command.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Stamps every command sent from an HTTP request with the authenticated subject and roles, so the
 * actor of each event comes from the token and never from a request body. Aggregates never read the
 * security context themselves.
 */
@Component
class ActorMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    ActorMetadataInterceptor(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return (index, command) -> {
            Map<String, Object> metadata = new HashMap<>();
            metadata.put(ActorMetadata.COMMAND_ID, command.getIdentifier());
            if (authentication != null && authentication.isAuthenticated()) {
                metadata.put(ActorMetadata.ACTOR_ID, authentication.getName());
                metadata.put(ActorMetadata.ACTOR_ROLES, authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(authority -> authority.startsWith("ROLE_"))
                        .map(authority -> authority.substring("ROLE_".length()))
                        .sorted()
                        .collect(Collectors.joining(",")));
            }
            // what the caller already set (a saga's actor, a reason) wins over the defaults
            metadata.putAll(command.getMetaData());
            return command.andMetaData(metadata);
        };
    }
}
