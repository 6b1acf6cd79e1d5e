package io.careerledger.query.consumption;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code consumption}: says what is parked (how many, the oldest and its error) while staying UP. A
 * parked event leaves the views of one person behind (they are flagged stale); it doesn't make the
 * service unfit to answer, so neither health nor readiness goes DOWN for it.
 */
@Component("consumption")
class ConsumptionHealth implements HealthIndicator {

    private final ParkedEventRepository parked;

    ConsumptionHealth(ParkedEventRepository parked) {
        this.parked = parked;
    }

    @Override
    public Health health() {
        long count = parked.count();
        Health.Builder health = Health.up().withDetail("parkedEvents", count);
        parked.findFirstByOrderByParkedAtAsc().map(ParkedEvent::summary).ifPresent(oldest -> {
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("eventId", oldest.eventId());
            described.put("eventType", oldest.eventType());
            described.put("subject", oldest.subject());
            described.put("parkedAt", oldest.parkedAt().toString());
            described.put("error", oldest.error());
            health.withDetail("oldest", described).withDetail("see", "/api/admin/parked-events");
        });
        return health.build();
    }
}
