package io.careerledger.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/** Mixed commands through REST: closed loop for throughput, open loop for latency and freshness. */
final class CommandLoad {

    /** What a measured phase saw: successes per second over the measured window, latencies, failures. */
    record Outcome(double perSecond, Histogram latency, long failures, String firstFailure) {
    }

    private final ServiceClient commandService;
    private final CommandMix mix;

    CommandLoad(ServiceClient commandService, CommandMix mix) {
        this.commandService = commandService;
        this.mix = mix;
    }

    /** {@code clients} threads each send the next command as soon as the last one is answered. */
    Outcome closedLoop(int clients, Duration warmUp, Duration measure) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong succeeded = new AtomicLong();
        Failures failures = new Failures();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int client = 0; client < clients; client++) {
            pool.execute(() -> {
                while (running.get()) {
                    CommandMix.Command command = mix.random();
                    long start = System.nanoTime();
                    if (send(command, failures)) {
                        latencies.recordNanos(System.nanoTime() - start);
                        succeeded.incrementAndGet();
                    }
                }
            });
        }
        TimeUnit.MILLISECONDS.sleep(warmUp.toMillis());
        latencies.interval();
        long before = succeeded.get();
        failures.reset();
        long measuredFrom = System.nanoTime();
        TimeUnit.MILLISECONDS.sleep(measure.toMillis());
        long done = succeeded.get() - before;
        double seconds = (System.nanoTime() - measuredFrom) / 1e9;
        Histogram histogram = latencies.interval();
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return new Outcome(done / seconds, histogram, failures.count(), failures.first());
    }

    /**
     * Commands start on a fixed schedule whatever the service does (open loop); each latency is measured
     * from when the command was due, so queueing behind a slow answer is counted, not hidden. Each
     * person gets at most one command at a time (round robin), so freshness can tell whose change is whose.
     */
    Outcome openLoop(int perSecond, Duration warmUp, Duration measure, FreshnessWatch freshness) throws InterruptedException {
        Latencies latencies = new Latencies();
        Failures failures = new Failures();
        ExecutorService pool = Executors.newFixedThreadPool(64);
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long begin = System.nanoTime();
        long measureFrom = begin + warmUp.toNanos();
        long end = measureFrom + measure.toNanos();
        AtomicLong measuredSuccesses = new AtomicLong();
        boolean measuring = false;
        List<CommandMix.Actor> actors = mix.actors();
        for (long i = 0; ; i++) {
            long due = begin + i * period;
            if (due >= end) {
                break;
            }
            if (!measuring && due >= measureFrom) {
                measuring = true;
                latencies.interval();
                freshness.freshness().interval();
                failures.reset();
            }
            LockSupport.parkNanos(due - System.nanoTime());
            CommandMix.Command command = mix.next(actors.get((int) (i % actors.size())));
            boolean counted = measuring;
            pool.execute(() -> {
                if (send(command, failures)) {
                    long ok = System.nanoTime();
                    latencies.recordNanos(ok - due);
                    freshness.acknowledged(command.employeeId(), due, ok);
                    if (counted) {
                        measuredSuccesses.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        return new Outcome(measuredSuccesses.get() / (measure.toNanos() / 1e9), latencies.interval(), failures.count(), failures.first());
    }

    private boolean send(CommandMix.Command command, Failures failures) {
        try {
            HttpResponse<String> response = commandService.send(command.request());
            if (response.statusCode() / 100 == 2) {
                return true;
            }
            failures.add(response.statusCode() + " " + response.body());
        } catch (RuntimeException e) {
            failures.add(e.toString());
        }
        return false;
    }

    /** Failed commands of the measured window, and the first one for the report. */
    private static final class Failures {
        private final AtomicLong count = new AtomicLong();
        private volatile String first;

        void add(String failure) {
            if (count.incrementAndGet() == 1) {
                first = failure.length() > 300 ? failure.substring(0, 300) : failure;
            }
        }

        void reset() {
            count.set(0);
            first = null;
        }

        long count() {
            return count.get();
        }

        String first() {
            return first;
        }
    }
}
