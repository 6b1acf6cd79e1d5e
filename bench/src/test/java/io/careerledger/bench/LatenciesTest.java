package io.careerledger.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesOfNanosecondRecordingsAreReadInMilliseconds() {
        Latencies latencies = new Latencies();
        for (int ms = 1; ms <= 100; ms++) {
            latencies.recordNanos(TimeUnit.MILLISECONDS.toNanos(ms));
        }
        Histogram histogram = latencies.interval();

        assertThat(Latencies.percentileMs(histogram, 50)).isCloseTo(50, within(0.1));
        assertThat(Latencies.percentileMs(histogram, 99)).isCloseTo(99, within(0.1));
    }

    @Test
    void eachIntervalHoldsOnlyWhatWasRecordedSinceTheLastSoWarmUpIsDropped() {
        Latencies latencies = new Latencies();
        latencies.recordNanos(TimeUnit.SECONDS.toNanos(2));   // warm-up
        latencies.interval();
        latencies.recordNanos(TimeUnit.MILLISECONDS.toNanos(3));

        Histogram measured = latencies.interval();
        assertThat(measured.getTotalCount()).isEqualTo(1);
        assertThat(Latencies.percentileMs(measured, 100)).isCloseTo(3, within(0.01));
    }

    @Test
    void anEmptyIntervalHasNoPercentiles() {
        assertThat(Latencies.percentileMs(new Latencies().interval(), 99)).isNaN();
    }
}
