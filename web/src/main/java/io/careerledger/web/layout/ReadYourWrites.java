package io.careerledger.web.layout;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The read side takes a moment to apply a command (Kafka between the services, no consistency
 * token yet): after an action the page waits, bounded, until the query API shows its effect, so the
 * person sees what they did at once.
 */
@Component
public class ReadYourWrites {

    private static final long POLL_MILLIS = 100;

    private final Duration timeout;

    ReadYourWrites(@Value("${careerledger.read-your-writes-timeout:PT5S}") Duration timeout) {
        this.timeout = timeout;
    }

    /** @return whether the effect showed within the timeout */
    public boolean await(BooleanSupplier visible) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!visible.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                // a short pause between reads of the query API, not a wait for a result that may never come
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
