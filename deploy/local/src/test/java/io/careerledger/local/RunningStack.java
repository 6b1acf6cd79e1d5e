package io.careerledger.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The local stack, started once per test JVM as a user starts it: the launcher ({@link LocalStack}) as
 * a process of its own, supervising PostgreSQL, the broker and two replicas of each service on free
 * loopback ports, with a fresh data directory and no demo organisation.
 */
final class RunningStack {

    static final int REPLICAS = 2;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    private static StackLayout layout;
    private static Process launcher;

    private RunningStack() {
    }

    static synchronized CareerLedgerServices services() {
        if (launcher == null || !launcher.isAlive()) {
            launcher = launch();
        }
        return layout.services();
    }

    static StackLayout layout() {
        services();
        return layout;
    }

    static Process launcher() {
        services();
        return launcher;
    }

    static RestClient commandService() {
        return client(services().commandServiceUrl());
    }

    static RestClient queryService() {
        return client(services().queryServiceUrl());
    }

    static String kafkaBootstrapServers() {
        return layout().kafkaBootstrapServers();
    }

    static String database(String name) {
        return layout().database(name);
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

    /** The launcher's child of that name ({@code postgres}, {@code kafka}, {@code query-service-2}, ...) as it runs now. */
    static ProcessHandle component(String name) {
        return launcher().children()
                .filter(child -> child.info().arguments().map(List::of).orElse(List.of()).contains("-Dcareerledger.component=" + name))
                .findFirst().orElseThrow(() -> new IllegalStateException("No running component " + name));
    }

    private static Process launch() {
        try {
            Path data = Files.createTempDirectory("career-ledger-stack");
            int kafkaPort = freePort();
            Map<String, Integer> firstPorts = new LinkedHashMap<>();
            ServiceKind.ALL.forEach(kind -> firstPorts.put(kind.name(), freePortWithReplicas()));
            layout = new StackLayout(data, freePort(), kafkaPort, freePort(), REPLICAS, firstPorts, false);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    "-Dcareerledger.services=" + System.getProperty("careerledger.services"),
                    "-Dcareerledger.parent-pid=" + ProcessHandle.current().pid()));
            command.addAll(layout.asSystemProperties());
            command.add(LocalStack.class.getName());
            Process started = new ProcessBuilder(command).redirectErrorStream(true).start();
            CompletableFuture<Void> up = new CompletableFuture<>();
            Thread output = new Thread(() -> echo(started, up), "local-stack-output");
            output.setDaemon(true);
            output.start();
            started.onExit().thenRun(() -> up.completeExceptionally(new IllegalStateException(
                    "The local stack exited with code " + started.exitValue())));
            up.get(START_TIMEOUT.toMinutes(), TimeUnit.MINUTES);
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "local-stack-stop"));
            return started;
        } catch (Exception e) {
            throw new IllegalStateException("The local stack did not come up", e);
        }
    }

    private static void echo(Process stack, CompletableFuture<Void> up) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stack.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                System.out.println(line);
                if (line.startsWith("Career Ledger is up")) {
                    up.complete(null);
                }
            }
        } catch (IOException ignored) {
            // the stack is gone
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A first port whose replicas' ports ({@link ServiceKind#REPLICA_PORT_STEP} apart) are all free. */
    private static int freePortWithReplicas() {
        while (true) {
            int first = freePort();
            if (first + ServiceKind.REPLICA_PORT_STEP * (REPLICAS - 1) < 65_536
                    && java.util.stream.IntStream.range(1, REPLICAS).allMatch(i -> isFree(first + ServiceKind.REPLICA_PORT_STEP * i))) {
                return first;
            }
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
