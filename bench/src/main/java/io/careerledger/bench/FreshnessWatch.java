package io.careerledger.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;

/**
 * When a command's effect becomes visible on the read side: one server-sent-events stream per person
 * ({@code /api/employees/{id}/live}, sent after the projection's transaction commits), so measuring
 * adds no polling load. Freshness = first change after the command was sent, minus its 2xx.
 */
final class FreshnessWatch implements AutoCloseable {

    private final Map<String, Watched> watched = new ConcurrentHashMap<>();
    private final List<CompletableFuture<?>> streams;
    private final Latencies freshness = new Latencies();

    FreshnessWatch(HttpClient http, ServiceClient queryService, String hrToken, List<String> employeeIds) {
        employeeIds.forEach(id -> watched.put(id, new Watched()));
        streams = employeeIds.stream()
                .<CompletableFuture<?>>map(id -> http.sendAsync(queryService.getRequest("/api/employees/" + id + "/live", hrToken),
                        HttpResponse.BodyHandlers.fromLineSubscriber(new ChangeLines(watched.get(id)))))
                .toList();
    }

    /** A command on this person was sent at {@code sentNanos} and answered 2xx at {@code okNanos}. */
    void acknowledged(String employeeId, long sentNanos, long okNanos) {
        watched.get(employeeId).acknowledged(sentNanos, okNanos, this);
    }

    Latencies freshness() {
        return freshness;
    }

    /** Commands acknowledged whose change has not been seen (yet). */
    long unseen() {
        return watched.values().stream().filter(Watched::pending).count();
    }

    @Override
    public void close() {
        streams.forEach(stream -> stream.cancel(true));
    }

    private static final class Watched {
        private long lastChangeNanos = Long.MIN_VALUE;
        private long pendingSentNanos;
        private long pendingOkNanos;
        private boolean pending;

        synchronized void acknowledged(long sentNanos, long okNanos, FreshnessWatch watch) {
            if (lastChangeNanos > sentNanos) {
                watch.freshness.recordNanos(0);   // visible before the client even had its answer
            } else {
                pending = true;
                pendingSentNanos = sentNanos;
                pendingOkNanos = okNanos;
            }
        }

        synchronized void changed(long atNanos, FreshnessWatch watch) {
            lastChangeNanos = atNanos;
            if (pending && atNanos > pendingSentNanos) {
                watch.freshness.recordNanos(atNanos - pendingOkNanos);
                pending = false;
            }
        }

        synchronized boolean pending() {
            return pending;
        }
    }

    private final class ChangeLines implements Flow.Subscriber<String> {
        private final Watched target;

        ChangeLines(Watched target) {
            this.target = target;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("event:") && line.endsWith("changed")) {
                target.changed(System.nanoTime(), FreshnessWatch.this);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            // a stream closed at the end of the run
        }

        @Override
        public void onComplete() {
            // the server closed the stream (timeout); the phase is shorter than that
        }
    }
}
