package io.careerledger.bench;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

/** Polls each service's {@code jvm.memory.used} (area heap) every second and keeps the largest. */
final class HeapWatch implements AutoCloseable {

    private static final String HEAP_USED = "/actuator/metrics/jvm.memory.used?tag=area:heap";

    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong maxBytes = new AtomicLong(-1);
    private volatile String lastError;

    HeapWatch(List<ServiceClient> services, String adminToken) {
        poller.scheduleAtFixedRate(() -> services.forEach(service -> {
            try {
                JsonNode metric = service.get(HEAP_USED, adminToken);
                long used = metric.path("measurements").path(0).path("value").asLong();
                maxBytes.accumulateAndGet(used, Math::max);
            } catch (RuntimeException e) {
                lastError = service.baseUrl() + ": " + e.getMessage();
            }
        }), 0, 1, TimeUnit.SECONDS);
    }

    /** Largest heap seen in MiB, or -1 when no poll succeeded. */
    double maxMib() {
        long bytes = maxBytes.get();
        return bytes < 0 ? -1 : Latencies.round(bytes / (1024.0 * 1024.0));
    }

    String lastError() {
        return lastError;
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
