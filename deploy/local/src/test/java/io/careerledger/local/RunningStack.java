package io.careerledger.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The local stack, started once per test JVM as a user starts it: the launcher as a process of its own,
 * supervising PostgreSQL, the broker and two replicas of each service on free loopback ports, with a
 * fresh data directory and no demo organisation. Tests talk to the first replica of each service
 * unless they say otherwise.
 */
final class RunningStack {

    static final int REPLICAS = 2;
    /** Four services starting at once on a machine shared with other builds. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    private static LaunchedStack stack;

    private RunningStack() {
    }

    /** Started on first use, and again if a test stopped it. */
    static synchronized LaunchedStack stack() {
        if (stack == null || !stack.isAlive()) {
            try {
                stack = LaunchedStack.start(StackLayout.onFreePorts(Files.createTempDirectory("career-ledger-stack"), REPLICAS, false),
                        Path.of(System.getProperty("careerledger.services", "target/services")), START_TIMEOUT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-stop"));
        }
        return stack;
    }

    static CareerLedgerServices services() {
        return stack().services();
    }

    static RestClient commandService() {
        return client(services().commandServiceUrl());
    }

    static RestClient queryService() {
        return client(services().queryServiceUrl());
    }

    static String kafkaBootstrapServers() {
        return stack().layout().kafkaBootstrapServers();
    }

    static String database(String name) {
        return stack().layout().database(name);
    }

    static String token(String subject, String... roles) {
        Map<?, ?> token = commandService().post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("subject", subject, "roles", List.of(roles))).retrieve().body(Map.class);
        return (String) token.get("token");
    }

    static RestClient client(String baseUrl) {
        return RestClient.builder().baseUrl(baseUrl)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }
}
