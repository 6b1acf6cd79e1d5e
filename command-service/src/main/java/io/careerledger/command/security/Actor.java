package io.careerledger.command.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.messaging.MetaData;

/**
 * Who sent a command, as stamped on its metadata from the token: aggregates take it as a handler
 * parameter (see {@link ActorParameterResolverFactory}) and never read the security context.
 */
public record Actor(String id, Set<String> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    static Actor from(MetaData metaData) {
        Object id = metaData.get(ActorMetadata.ACTOR_ID);
        Object roles = metaData.get(ActorMetadata.ACTOR_ROLES);
        return new Actor(id == null ? null : id.toString(), roles == null || roles.toString().isBlank() ? Set.of()
                : Arrays.stream(roles.toString().split(",")).map(String::strip).collect(Collectors.toSet()));
    }

    public boolean is(String personId) {
        return id != null && id.equals(personId);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isHr() {
        return hasRole("HR");
    }

    public boolean isCouncil() {
        return hasRole("COUNCIL");
    }
}
