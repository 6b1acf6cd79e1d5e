package io.careerledger.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

/**
 * When a command's effect becomes visible on the read side: one server-sent-events stream per person
 * ({@code /api/employees/{id}/live}, sent after the projection's transaction commits), so measuring
 * adds no polling load. Freshness = first change after the command's 2xx, minus the 2xx. A change seen
 * after the command was sent but before its 2xx arrived is counted apart ({@link #alreadyVisible()}): its
 * freshness is ≤ 0 and recording it as 0 would hide the rest of the distribution.
 */
final class FreshnessWatch implements AutoCloseable {

    private final Map<String, Watched> watched = new ConcurrentHashMap<>();
    private final List<CompletableFuture<?>> streams;
    private final Latencies freshness = new Latencies();
    private final AtomicLong alreadyVisible = new AtomicLong();

    FreshnessWatch(HttpClient http, ServiceClient queryService, String hrToken, List<String> employeeIds) {
        employeeIds.forEach(id -> watched.put(id, new Watched()));
        streams = employeeIds.stream()
                .<CompletableFuture<?>>map(id -> http.sendAsync(queryService.getRequest("/api/employees/" + id + "/live", hrToken),
                        HttpResponse.BodyHandlers.fromLineSubscriber(new ChangeLines(watched.get(id)))))
                .toList();
    }

    /** A command on this person was sent at {@code sentNanos} (not when it was due) and answered 2xx at {@code okNanos}. */
    void acknowledged(String employeeId, long sentNanos, long okNanos) {
        watched.get(employeeId).acknowledged(sentNanos, okNanos, this);
    }

    /** Drops what was recorded so far (the warm-up): call when measuring starts. */
    void reset() {
        freshness.interval();
        alreadyVisible.set(0);
        watched.values().forEach(Watched::forget);
    }

    /** Freshness since the last call or {@link #reset()}. */
    Histogram interval() {
        return freshness.interval();
    }

    /** Commands whose change was seen before their 2xx reached the client, since {@link #reset()}. */
    long alreadyVisible() {
        return alreadyVisible.get();
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
        private long pendingOkNanos;
        private boolean pending;

        synchronized void acknowledged(long sentNanos, long okNanos, FreshnessWatch watch) {
            if (lastChangeNanos > okNanos) {
                watch.freshness.recordNanos(lastChangeNanos - okNanos);   // seen while the 2xx was being handed over
            } else if (lastChangeNanos > sentNanos) {
                watch.alreadyVisible.incrementAndGet();
            } else {
                pending = true;
                pendingOkNanos = okNanos;
            }
        }

        synchronized void changed(long atNanos, FreshnessWatch watch) {
            lastChangeNanos = atNanos;
            if (pending && atNanos > pendingOkNanos) {
                watch.freshness.recordNanos(atNanos - pendingOkNanos);
                pending = false;
            }
        }

        synchronized void forget() {
            pending = false;
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
