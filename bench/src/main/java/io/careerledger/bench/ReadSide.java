package io.careerledger.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import org.HdrHistogram.Histogram;

/** Measurements against the query-service: dashboard reads and a full read-model rebuild. */
final class ReadSide {

    /** Which read paths were measured: the dashboards, or the employee view while they don't exist yet. */
    record DashboardOutcome(Histogram latency, boolean dashboardsExist, long failures) {
    }

    /** @param eventsFolded how many of the person's events the answer folded, to show the size measured */
    record AsOfOutcome(Histogram latency, int eventsFolded, long failures) {
    }

    record RebuildOutcome(double eventsPerSecond, long events, String state, Duration took) {
    }

    private final ServiceClient queryService;
    private final String hrToken;

    ReadSide(ServiceClient queryService, String hrToken) {
        this.queryService = queryService;
        this.hrToken = hrToken;
    }

    /**
     * Employee and team dashboards of random people and managers, alternately, from {@code clients}
     * threads. Falls back to {@code GET /api/employees/{id}} when the dashboards answer 404.
     */
    DashboardOutcome dashboards(int employees, int clients, Duration warmUp, Duration measure) throws InterruptedException {
        boolean exist = queryService.send(queryService.getRequest(employeeDashboard(0), hrToken)).statusCode() != 404;
        int managers = Math.max(1, (employees - 1) / SyntheticOrganisation.TEAM_SIZE);
        Latencies latencies = new Latencies();
        java.util.concurrent.atomic.AtomicLong failures = new java.util.concurrent.atomic.AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int client = 0; client < clients; client++) {
            pool.execute(() -> {
                for (long i = 0; running.get(); i++) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    String path = !exist ? "/api/employees/" + SyntheticOrganisation.employeeId(random.nextInt(employees))
                            : i % 2 == 0 ? employeeDashboard(random.nextInt(employees))
                            : "/api/teams/" + SyntheticOrganisation.employeeId(random.nextInt(managers)) + "/dashboard";
                    long start = System.nanoTime();
                    HttpResponse<String> response = queryService.send(queryService.getRequest(path, hrToken));
                    if (response.statusCode() == 200) {
                        latencies.recordNanos(System.nanoTime() - start);
                    } else {
                        failures.incrementAndGet();
                    }
                }
            });
        }
        TimeUnit.MILLISECONDS.sleep(warmUp.toMillis());
        latencies.interval();
        failures.set(0);
        TimeUnit.MILLISECONDS.sleep(measure.toMillis());
        Histogram histogram = latencies.interval();
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return new DashboardOutcome(histogram, exist, failures.get());
    }

    /**
     * One person's career as of {@code at}, asked by one client, one request at a time: the latency of
     * a single answer (reading and folding the person's events up to the instant), not a throughput.
     */
    AsOfOutcome asOf(String employeeId, Instant at, Duration warmUp, Duration measure) {
        String path = "/api/employees/" + employeeId + "/as-of/" + at;
        int folded = queryService.get(path, hrToken).path("eventsFolded").asInt();
        Latencies latencies = new Latencies();
        long failures = 0;
        Instant measuring = Instant.now().plus(warmUp);
        Instant done = measuring.plus(measure);
        boolean warm = false;
        while (Instant.now().isBefore(done)) {
            if (!warm && !Instant.now().isBefore(measuring)) {
                latencies.interval();
                failures = 0;
                warm = true;
            }
            long start = System.nanoTime();
            HttpResponse<String> response = queryService.send(queryService.getRequest(path, hrToken));
            if (response.statusCode() == 200) {
                latencies.recordNanos(System.nanoTime() - start);
            } else {
                failures++;
            }
        }
        return new AsOfOutcome(latencies.interval(), folded, failures);
    }

    private static String employeeDashboard(int index) {
        return "/api/employees/" + SyntheticOrganisation.employeeId(index) + "/dashboard";
    }

    /** Starts a rebuild of every read model and follows its progress until it has switched (or failed). */
    RebuildOutcome rebuild(Duration timeout) throws InterruptedException {
        queryService.post("/api/admin/rebuilds", hrToken, java.util.Map.of());
        Instant deadline = Instant.now().plus(timeout);
        JsonNode progress = queryService.get("/api/admin/rebuilds/current", hrToken);
        while ("RUNNING".equals(progress.path("state").asText()) && Instant.now().isBefore(deadline)) {
            TimeUnit.SECONDS.sleep(1);
            progress = queryService.get("/api/admin/rebuilds/current", hrToken);
        }
        long events = progress.path("eventsDone").asLong();
        Duration took = progress.hasNonNull("finishedAt")
                ? Duration.between(Instant.parse(progress.path("startedAt").asText()), Instant.parse(progress.path("finishedAt").asText()))
                : Duration.between(Instant.parse(progress.path("startedAt").asText()), Instant.now());
        return new RebuildOutcome(events / Math.max(0.001, took.toMillis() / 1000.0), events, progress.path("state").asText(), took);
    }
}
