package io.careerledger.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/** Mixed commands through REST: closed loop for throughput, open loop for latency and freshness. */
final class CommandLoad {

    /** What a measured phase saw: successes per second over the measured window, latencies, failures. */
    record Outcome(double perSecond, long completed, Histogram latency, long failures, String firstFailure) {
    }

    /**
     * An open-loop phase: the rate it was asked for and the rate it achieved (2xx completed within the
     * measured window ÷ its length); {@code lastLag} is how late the last command of the window was
     * answered, counted from when it was due. {@code gaveUp}: commands waited so long to be sent that
     * the schedule was abandoned.
     */
    record OpenOutcome(int targetPerSecond, double achievedPerSecond, Duration lastLag, boolean gaveUp,
                       Histogram latency, long failures, String firstFailure) {

        /** Below 95 % of its rate (or abandoned): its latencies measure a queue, not the service. */
        boolean fellBehind() {
            return gaveUp || achievedPerSecond < 0.95 * targetPerSecond;
        }
    }

    /** Told when the measured window of a closed loop opens and closes (to sample CPU time over it). */
    interface Window {
        Window NONE = new Window() {
            @Override
            public void opened() {
            }

            @Override
            public void closed() {
            }
        };

        void opened();

        void closed();

        /** Both windows told, this one first. */
        default Window and(Window other) {
            Window first = this;
            return new Window() {
                @Override
                public void opened() {
                    first.opened();
                    other.opened();
                }

                @Override
                public void closed() {
                    first.closed();
                    other.closed();
                }
            };
        }
    }

    /** A command not yet sent this long after it was due: far past saturation, the phase stops. */
    private static final long GIVE_UP_LAG_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** Threads sending the open loop's commands: enough for 1,000/s at 250 ms each. */
    private static final int OPEN_LOOP_SENDERS = 256;

    private final ServiceClient commandService;
    private final CommandMix mix;

    CommandLoad(ServiceClient commandService, CommandMix mix) {
        this.commandService = commandService;
        this.mix = mix;
    }

    /** {@code clients} threads each send the next command as soon as the last one is answered. */
    Outcome closedLoop(int clients, Duration warmUp, Duration measure) throws InterruptedException {
        return closedLoop(clients, warmUp, measure, Window.NONE);
    }

    Outcome closedLoop(int clients, Duration warmUp, Duration measure, Window window) throws InterruptedException {
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
        window.opened();
        long measuredFrom = System.nanoTime();
        TimeUnit.MILLISECONDS.sleep(measure.toMillis());
        long done = succeeded.get() - before;
        double seconds = (System.nanoTime() - measuredFrom) / 1e9;
        window.closed();
        Histogram histogram = latencies.interval();
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return new Outcome(done / seconds, done, histogram, failures.count(), failures.first());
    }

    /**
     * Commands start on a fixed schedule whatever the service does (open loop); each latency is measured
     * from when the command was due, so queueing behind a slow answer is counted, not hidden. Each
     * person gets at most one command at a time (round robin) while the service keeps up, so freshness
     * can tell whose change is whose.
     */
    OpenOutcome openLoop(int perSecond, Duration warmUp, Duration measure, FreshnessWatch freshness) throws InterruptedException {
        Latencies latencies = new Latencies();
        Failures failures = new Failures();
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(OPEN_LOOP_SENDERS);
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long begin = System.nanoTime();
        long measureFrom = begin + warmUp.toNanos();
        long end = measureFrom + measure.toNanos();
        AtomicLong completedInWindow = new AtomicLong();
        AtomicLong sendLag = new AtomicLong();
        AtomicLong lastLag = new AtomicLong();
        boolean measuring = false;
        boolean gaveUp = false;
        List<CommandMix.Actor> actors = mix.actors();
        for (long i = 0; ; i++) {
            long due = begin + i * period;
            if (due >= end) {
                break;
            }
            if (sendLag.get() > GIVE_UP_LAG_NANOS) {
                gaveUp = true;
                break;
            }
            if (!measuring && due >= measureFrom) {
                measuring = true;
                latencies.interval();
                freshness.reset();
                failures.reset();
            }
            LockSupport.parkNanos(due - System.nanoTime());
            CommandMix.Command command = mix.next(actors.get((int) (i % actors.size())));
            boolean last = due + period >= end;
            pool.execute(() -> {
                long sent = System.nanoTime();
                sendLag.set(sent - due);
                if (send(command, failures)) {
                    long ok = System.nanoTime();
                    latencies.recordNanos(ok - due);
                    freshness.acknowledged(command.employeeId(), sent, ok);
                    if (ok >= measureFrom && ok < end) {
                        completedInWindow.incrementAndGet();
                    }
                    if (last) {
                        lastLag.set(ok - due);
                    }
                }
            });
        }
        if (gaveUp) {
            pool.getQueue().clear();   // the commands not sent yet would only measure the queue; those in flight finish
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        return new OpenOutcome(perSecond, completedInWindow.get() / (measure.toNanos() / 1e9), Duration.ofNanos(lastLag.get()),
                gaveUp, latencies.interval(), failures.count(), failures.first());
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
