package io.careerledger.command.eventstore;

import org.axonframework.commandhandling.CommandResultMessage;

/**
 * Optimistic concurrency on the Axon side: a record's version is its last event's sequence number. A
 * command names the version it expects in the {@link #EXPECTED_VERSION} metadata (read by
 * {@link ExpectedVersionTargetResolver}); its result carries the version the command itself left the
 * record at, under {@link #PRODUCED_VERSION}, and the record under {@link #PRODUCED_AGGREGATE} (both recorded by
 * {@link ProducedVersionRecorder} while it ran).
 */
public final class AggregateVersions {

    /** Metadata key of the version a command expects its aggregate to be at. */
    public static final String EXPECTED_VERSION = "expectedVersion";

    /** Result metadata key of the aggregate's version right after the command. */
    public static final String PRODUCED_VERSION = "aggregateVersion";

    /** Result metadata key of the identifier of the aggregate the command ran on. */
    public static final String PRODUCED_AGGREGATE = "aggregateIdentifier";

    private AggregateVersions() {
    }

    /** The version the command left its aggregate at; -1 for a record that has no event. */
    public static long producedBy(CommandResultMessage<?> result) {
        Object version = result.getMetaData().get(PRODUCED_VERSION);
        if (version == null) {
            throw new IllegalStateException("Command " + result.getIdentifier() + " was not handled by an aggregate.");
        }
        return ((Number) version).longValue();
    }

    /** The aggregate the command ran on (a result that has {@link #producedBy} has it). */
    public static String aggregateOf(CommandResultMessage<?> result) {
        return (String) result.getMetaData().get(PRODUCED_AGGREGATE);
    }
}
