package io.careerledger.command.publication;

import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the last attempt to publish succeeded. Shown in health as {@code publication}: DOWN while
 * the broker refuses events (commands are still accepted and stored; the backlog grows).
 */
@Component("publication")
class PublicationStatus implements HealthIndicator {

    private volatile Instant lastSuccess;
    private volatile Instant lastFailure;
    private volatile String lastError;

    void published(Instant at) {
        lastSuccess = at;
    }

    void failed(Instant at, Throwable error) {
        lastFailure = at;
        lastError = error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    @Override
    public Health health() {
        boolean failing = lastFailure != null && (lastSuccess == null || lastFailure.isAfter(lastSuccess));
        Health.Builder health = failing ? Health.down().withDetail("lastError", lastError) : Health.up();
        if (lastSuccess != null) {
            health.withDetail("lastPublished", lastSuccess.toString());
        }
        return health.build();
    }
}
