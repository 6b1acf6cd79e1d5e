package io.careerledger.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.careerledger.testsupport.EmbeddedKafkaBroker;
import io.careerledger.testsupport.EmbeddedPostgresServer;

/**
 * Both services as their own processes, from their executable jars, each on its own database of the
 * given PostgreSQL and on the given Kafka broker, configured through ordinary properties exactly as a
 * deployment would.
 */
public final class CareerLedgerServices implements AutoCloseable {

    /** How long each service may take to become healthy; a machine shared with other builds may need longer (-Dcareerledger.startTimeout=PT10M). */
    private static final Duration START_TIMEOUT = Duration.parse(System.getProperty("careerledger.startTimeout", "PT3M"));

    private final ServiceProcess commandService;
    private final ServiceProcess queryService;
    private final Path jars;
    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;

    private CareerLedgerServices(ServiceProcess commandService, ServiceProcess queryService, Path jars,
                                 EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka) {
        this.commandService = commandService;
        this.queryService = queryService;
        this.jars = jars;
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /** A command-service process running beside the stack's, on its database and broker. */
    public record Replica(String url, AutoCloseable process) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            process.close();
        }
    }

    /**
     * Another command-service replica with {@code properties} of its own (such as
     * {@code --careerledger.personal-data.encryption=false} for the bench's comparison), once healthy.
     */
    public Replica startCommandReplica(int port, String... properties) {
        ServiceProcess replica = ServiceProcess.start(jars.resolve("command-service.jar"), port, postgres.database("command_service"),
                kafka, properties);
        replica.awaitHealthy();
        return new Replica(replica.url(), replica::stop);
    }

    public static CareerLedgerServices start(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka,
                                             int commandPort, int queryPort) {
        Path jars = Path.of(System.getProperty("careerledger.services", "deploy/local/target/services"));
        ServiceProcess command = ServiceProcess.start(jars.resolve("command-service.jar"), commandPort,
                postgres.database("command_service"), kafka);
        // the query-service opens the topic's personal fields with keys from the command-service's key API
        ServiceProcess query = ServiceProcess.start(jars.resolve("query-service.jar"), queryPort,
                postgres.database("query_service"), kafka, "--careerledger.personal-data.key-service=" + command.url());
        command.awaitHealthy();
        query.awaitHealthy();
        return new CareerLedgerServices(command, query, jars, postgres, kafka);
    }

    public String commandServiceUrl() {
        return commandService.url();
    }

    public String queryServiceUrl() {
        return queryService.url();
    }

    @Override
    public void close() {
        queryService.stop();
        commandService.stop();
    }

    private record ServiceProcess(String name, Process process, int port) {

        static ServiceProcess start(Path jar, int port, String jdbcUrl, EmbeddedKafkaBroker kafka, String... properties) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build first with ./mvnw install -DskipTests");
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            try {
                List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar.toString(),
                        "--spring.profiles.active=local",
                        "--spring.datasource.url=" + jdbcUrl,
                        "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                        "--server.port=" + port));
                command.addAll(List.of(properties));
                Process process = new ProcessBuilder(command)
                        .inheritIO()
                        .start();
                return new ServiceProcess(jar.getFileName().toString().replace(".jar", ""), process, port);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String url() {
            return "http://localhost:" + port;
        }

        /**
         * Polls the readiness probe until it answers 200 (UP): ready to serve, whatever else health
         * reports (a parked event shows there, it doesn't keep the stack from starting).
         */
        void awaitHealthy() {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness")).build();
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with code " + process.exitValue());
                }
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYetListening) {
                    // still starting
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                pause();
            }
            throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT);
        }

        /** SIGTERM: Spring Boot shuts down gracefully (the publisher's token is saved). */
        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void pause() {
            try {
                TimeUnit.MILLISECONDS.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
