package io.careerledger.command.eventstore;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * Finds a command's aggregate by its {@code @TargetAggregateIdentifier}, and the version it expects
 * from the {@link AggregateVersions#EXPECTED_VERSION} metadata: the one way an If-Match reaches Axon's
 * conflict check, so no command carries a version field.
 */
@Component
class ExpectedVersionTargetResolver implements CommandTargetResolver {

    private final CommandTargetResolver annotations = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object aggregateId = annotations.resolveTarget(command).getIdentifierValue();
        Object expected = command.getMetaData().get(AggregateVersions.EXPECTED_VERSION);
        return new VersionedAggregateIdentifier(aggregateId, expected == null ? null : ((Number) expected).longValue());
    }
}
