package io.careerledger.command.eventstore;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * Finds a command's aggregate by its {@code @TargetAggregateIdentifier}, and the version it expects
 * from {@code @TargetAggregateVersion} or else from the {@link AggregateVersions#EXPECTED_VERSION}
 * metadata, so an If-Match reaches Axon's conflict check without a version field in every command.
 */
@Component
class ExpectedVersionTargetResolver implements CommandTargetResolver {

    private final CommandTargetResolver annotations = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = annotations.resolveTarget(command);
        Object expected = command.getMetaData().get(AggregateVersions.EXPECTED_VERSION);
        if (target.getVersion() == null && expected != null) {
            return new VersionedAggregateIdentifier(target.getIdentifierValue(), Long.valueOf(expected.toString()));
        }
        return target;
    }
}
