package io.careerledger.command.publication;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

import io.careerledger.command.publication.PublishedPositions.Tail;

class PublishedPositionsTest {

    private static final String KEY = "213d9fab-41dd-396b-8399-8f7f18091e2c";
    private static final int PARTITION = Utils.toPositive(Utils.murmur2(KEY.getBytes(UTF_8))) % 6;

    @Test
    void anEventAlreadyAtATailIsSkippedAndAnyOtherIsSentToItsKeysPartition() {
        PublishedPositions positions = new PublishedPositions(() -> new Tail(6, Set.of(9L, 10L)));

        assertThat(positions.partitionToSend(KEY, 9)).isEmpty();
        assertThat(positions.partitionToSend(KEY, 10)).isEmpty();
        assertThat(positions.partitionToSend(KEY, 11)).hasValue(PARTITION);
    }

    /** Position 8 was handed to a transaction that committed after 9 and 10's: it is not on the topic yet. */
    @Test
    void anEventThatCommittedAfterOnesWithHigherPositionsIsStillSent() {
        PublishedPositions positions = new PublishedPositions(() -> new Tail(6, Set.of(9L, 10L)));

        assertThat(positions.partitionToSend(KEY, 8)).hasValue(PARTITION);
    }

    @Test
    void theTailIsReadOnceAndAgainAfterAFailedBatch() {
        AtomicInteger reads = new AtomicInteger();
        PublishedPositions positions = new PublishedPositions(() -> {
            reads.incrementAndGet();
            return new Tail(6, Set.of(10L));
        });

        positions.partitionToSend(KEY, 11);
        positions.partitionToSend(KEY, 12);
        assertThat(reads).hasValue(1);

        positions.forget();
        // the failed batch's 11 and 12 never reached the topic: its tail still holds only 10
        assertThat(positions.partitionToSend(KEY, 11)).hasValue(PARTITION);
        assertThat(reads).hasValue(2);
    }
}
