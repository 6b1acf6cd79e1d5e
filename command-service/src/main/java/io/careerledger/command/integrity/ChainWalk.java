package io.careerledger.command.integrity;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Walks the event store one aggregate after the other, each in sequence order, and tells where a
 * chain breaks: a sequence missing (an event deleted), a previous hash that is not the hash of the
 * event before (an event inserted or reordered), or a hash that the stored bytes no longer give (a
 * payload, metadata, type or time edited). After its first break an aggregate's later events are not
 * judged: they would all fail for the same one cause.
 */
final class ChainWalk {

    /** Why a chain broke at an event. */
    enum Problem {
        MISSING_EVENT("missing-event"), PREVIOUS_HASH_MISMATCH("previous-hash-mismatch"), HASH_MISMATCH("hash-mismatch");

        final String code;

        Problem(String code) {
            this.code = code;
        }
    }

    /** The first event of an aggregate at which its chain no longer holds. */
    record Break(String eventId, String aggregateType, String aggregateId, long sequence, String problem) {
    }

    private String aggregate;
    private boolean broken;
    private long expectedSequence;
    private byte[] previousHash;
    private long events;
    private long aggregates;
    private long breaks;

    Optional<Break> next(StoredEvent event) {
        events++;
        if (!Objects.equals(aggregate, event.aggregateIdentifier())) {
            aggregate = event.aggregateIdentifier();
            aggregates++;
            broken = false;
            expectedSequence = 0;
            previousHash = null;
        }
        if (broken) {
            return Optional.empty();
        }
        Problem problem = event.sequenceNumber() != expectedSequence ? Problem.MISSING_EVENT
                : !Arrays.equals(event.previousHash(), previousHash) ? Problem.PREVIOUS_HASH_MISMATCH
                : !Arrays.equals(HashChain.hash(previousHash, event), event.hash()) ? Problem.HASH_MISMATCH
                : null;
        if (problem != null) {
            broken = true;
            breaks++;
            return Optional.of(new Break(event.eventIdentifier(), event.type(), event.aggregateIdentifier(),
                    event.sequenceNumber(), problem.code));
        }
        expectedSequence++;
        previousHash = event.hash();
        return Optional.empty();
    }

    long events() {
        return events;
    }

    long aggregates() {
        return aggregates;
    }

    long breaks() {
        return breaks;
    }
}
