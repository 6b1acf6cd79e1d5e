package io.careerledger.command.publication;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

class PublishedPositionsTest {

    private static final String KEY = "213d9fab-41dd-396b-8399-8f7f18091e2c";
    private static final int PARTITION = Utils.toPositive(Utils.murmur2(KEY.getBytes(UTF_8))) % 6;

    @Test
    void anEventAtOrBelowThePositionOnItsPartitionIsSkippedAndOneAboveIsSentToThatPartition() {
        PublishedPositions positions = new PublishedPositions(() -> tail(PARTITION, 10));

        assertThat(positions.partitionToSend(KEY, 9)).isEmpty();
        assertThat(positions.partitionToSend(KEY, 10)).isEmpty();
        assertThat(positions.partitionToSend(KEY, 11)).hasValue(PARTITION);
    }

    @Test
    void anEventSentOnceIsNotSentAgain() {
        PublishedPositions positions = new PublishedPositions(() -> tail(PARTITION, -1));

        assertThat(positions.partitionToSend(KEY, 0)).hasValue(PARTITION);
        assertThat(positions.partitionToSend(KEY, 0)).isEmpty();
    }

    @Test
    void anotherPartitionsPositionDoesNotHoldAnEventBack() {
        PublishedPositions positions = new PublishedPositions(() -> tail((PARTITION + 1) % 6, 100));

        assertThat(positions.partitionToSend(KEY, 5)).hasValue(PARTITION);
    }

    @Test
    void theTailIsReadOnceAndAgainAfterAFailedBatch() {
        AtomicInteger reads = new AtomicInteger();
        PublishedPositions positions = new PublishedPositions(() -> {
            reads.incrementAndGet();
            return tail(PARTITION, 10);
        });

        positions.partitionToSend(KEY, 11);
        positions.partitionToSend(KEY, 12);
        assertThat(reads).hasValue(1);

        positions.forget();
        // the failed batch's 11 and 12 never reached the topic: its tail still says 10
        assertThat(positions.partitionToSend(KEY, 11)).hasValue(PARTITION);
        assertThat(reads).hasValue(2);
    }

    private static long[] tail(int partition, long position) {
        long[] highest = new long[6];
        Arrays.fill(highest, -1);
        highest[partition] = position;
        return highest;
    }
}
