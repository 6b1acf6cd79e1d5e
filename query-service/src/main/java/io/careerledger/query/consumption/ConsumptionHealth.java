package io.careerledger.query.consumption;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code consumption}: DOWN while events are parked, so nobody mistakes stale views for current ones. */
@Component("consumption")
class ConsumptionHealth implements HealthIndicator {

    private final ParkedEventRepository parked;

    ConsumptionHealth(ParkedEventRepository parked) {
        this.parked = parked;
    }

    @Override
    public Health health() {
        long count = parked.count();
        return count == 0
                ? Health.up().build()
                : Health.down().withDetail("parkedEvents", count).withDetail("see", "/api/admin/parked-events").build();
    }
}
