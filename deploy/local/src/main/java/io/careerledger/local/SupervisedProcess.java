package io.careerledger.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One child process of the launcher: started, watched, and started again (after a pause) each time it
 * dies, until the stack stops. Its output goes to the launcher's.
 */
final class SupervisedProcess {

    /** How the launcher's output names each process it starts (what {@link LaunchedStack} reads). */
    static final String STARTED = "[local-stack]";
    private static final Duration RESTART_PAUSE = Duration.ofSeconds(1);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final String name;
    private final List<String> command;
    private final Readiness readiness;
    private final ScheduledExecutorService restarts;
    private volatile Process process;
    private volatile boolean stopped;

    SupervisedProcess(String name, List<String> command, Readiness readiness, ScheduledExecutorService restarts) {
        this.name = name;
        this.command = command;
        this.readiness = readiness;
        this.restarts = restarts;
    }

    String name() {
        return name;
    }

    synchronized void start() {
        if (stopped) {
            return;
        }
        try {
            Process started = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            process = started;
            System.out.printf("%s %s started, pid %d%n", STARTED, name, started.pid());
            started.onExit().thenRun(() -> died(started));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    private void died(Process gone) {
        if (stopped) {
            return;
        }
        System.out.printf("[local-stack] %s (pid %d) exited with code %d; restarting it in %d s%n",
                name, gone.pid(), gone.exitValue(), RESTART_PAUSE.toSeconds());
        restarts.schedule(this::start, RESTART_PAUSE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits until the process answers as ready; a restart meanwhile is waited out too. */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!readiness.ready()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " was not ready within " + timeout);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** SIGTERM, so the process shuts down gracefully; SIGKILL if it doesn't within a minute. No restart after this. */
    void stop() {
        stopped = true;
        Process current = process;
        if (current == null) {
            return;
        }
        current.destroy();
        try {
            if (!current.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                current.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** When a supervised process counts as up. */
    @FunctionalInterface
    interface Readiness {

        boolean ready();

        /** The readiness probe answers 200: ready to serve, whatever else health reports. */
        static Readiness http(String url) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest probe = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
            return () -> {
                try {
                    return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException notListening) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            };
        }

        static Readiness jdbc(String url) {
            return () -> {
                try (var connection = DriverManager.getConnection(url, "postgres", "postgres")) {
                    return connection.isValid(2);
                } catch (SQLException notYet) {
                    return false;
                }
            };
        }

        static Readiness listening(int port) {
            return () -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("localhost", port), 1_000);
                    return true;
                } catch (IOException notYet) {
                    return false;
                }
            };
        }
    }
}
