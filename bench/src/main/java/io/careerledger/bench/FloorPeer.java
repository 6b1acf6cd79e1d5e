package io.careerledger.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.careerledger.bench.floor.FloorApplication;
import io.careerledger.supervision.ParentProcess;
import io.careerledger.testsupport.SharedInfrastructure;

/**
 * The floor peer's process: {@link FloorApplication} on the bench's class path, {@code -Xmx512m} like the
 * services, writing into a database of its own on the stack's PostgreSQL; it exits with the bench.
 */
record FloorPeer(String url, Process process) implements AutoCloseable {

    /** The local profile's dev-token secret (command-service-local.yml): the bench's tokens are valid here too. */
    private static final String DEV_TOKEN_SECRET = "career-ledger-local-development-secret-not-for-production-use";

    static FloorPeer start(String jdbcUrl, Path log, HttpClient http) throws IOException, InterruptedException {
        int port = SharedInfrastructure.freePort();
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-D" + ParentProcess.PROPERTY + "=" + ProcessHandle.current().pid(),
                "-cp", System.getProperty("java.class.path"), FloorApplication.class.getName(),
                "--server.port=" + port, "--spring.datasource.url=" + jdbcUrl,
                "--careerledger.security.token-secret=" + DEV_TOKEN_SECRET))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        FloorPeer floor = new FloorPeer("http://localhost:" + port, process);
        floor.awaitAnswer(http, BenchStack.START_TIMEOUT);
        return floor;
    }

    /** Up once it answers at all: a request without a token is refused 401 by the security it shares with the services. */
    private void awaitAnswer(HttpClient http, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url + "/api/employees/probe/goals"))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the floor peer exited with code " + process.exitValue());
            }
            try {
                http.send(probe, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (ConnectException notYet) {
                TimeUnit.MILLISECONDS.sleep(500);
            }
        }
        close();
        throw new IllegalStateException("the floor peer did not answer within " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
