package io.careerledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.careerledger.local.CareerLedgerServices;
import io.careerledger.testsupport.SharedInfrastructure;
import io.careerledger.local.LaunchedStack;
import io.careerledger.local.StackLayout;

/**
 * What the benchmark runs against: a fresh stack of its own (the local stack's launcher with one replica
 * of each service: embedded PostgreSQL, KRaft Kafka and both services as separate processes, the
 * services {@code -Xmx512m}), or a running one.
 */
record BenchStack(String commandUrl, String queryUrl, String commandJdbcUrl, String kafkaBootstrap,
                  LaunchedStack launched, AutoCloseable resources) implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.parse(System.getProperty("careerledger.startTimeout", "PT5M"));

    static BenchStack embedded(Path dataDirectory) throws IOException {
        deleteRecursively(dataDirectory);
        LaunchedStack stack = LaunchedStack.start(StackLayout.onFreePorts(dataDirectory.toAbsolutePath(), 1, false),
                Path.of(System.getProperty("careerledger.services", "deploy/local/target/services")),
                START_TIMEOUT);
        CareerLedgerServices services = stack.services();
        return new BenchStack(services.commandServiceUrl(), services.queryServiceUrl(), stack.layout().database("command_service"),
                stack.layout().kafkaBootstrapServers(), stack, stack);
    }

    static BenchStack running(String commandUrl, String queryUrl, String commandJdbcUrl, String kafkaBootstrap) {
        return new BenchStack(commandUrl, queryUrl, commandJdbcUrl, kafkaBootstrap, null, () -> { });
    }

    /**
     * A command-service replica that stores personal fields as plaintext, for the comparison with
     * encryption on; empty against a running stack (the bench can't start processes there).
     */
    Optional<ServiceBeside> plaintextCommandService() {
        return beside("command-service", "--careerledger.personal-data.encryption=false");
    }

    /**
     * The axon_defaults peer: the same command-service jar with Axon's out-of-the-box event processing
     * (the Kafka publisher and the promotion saga as tracking processors reading the event store itself,
     * Axon's default batch size of 1, no wake-up on commit), against a database and a topic of its own,
     * and a query-service of its own projecting that topic; empty against a running stack.
     */
    Optional<AxonDefaults> axonDefaults(String commandDatabase, String queryDatabase, String topic) {
        if (launched == null) {
            return Optional.empty();
        }
        List<String> processing = new java.util.ArrayList<>();
        for (String processor : List.of("kafka-publisher", "PromotionSagaProcessor")) {
            String prefix = "--axon.eventhandling.processors." + processor + ".";
            // "eventStore" is the store bean itself: the source Axon gives a processor that names none
            processing.addAll(List.of(prefix + "mode=tracking", prefix + "source=eventStore", prefix + "batch-size=1"));
        }
        List<String> arguments = new java.util.ArrayList<>(processing);
        arguments.addAll(List.of("--spring.datasource.url=" + launched.layout().database(commandDatabase),
                "--careerledger.publication.topic=" + topic));
        ServiceBeside command = beside("command-service", arguments.toArray(String[]::new)).orElseThrow();
        try {
            ServiceBeside query = beside("query-service", "--spring.datasource.url=" + launched.layout().database(queryDatabase),
                    "--careerledger.consumption.topic=" + topic, "--spring.kafka.consumer.group-id=" + topic,
                    "--careerledger.personal-data.key-service=" + command.url()).orElseThrow();
            return Optional.of(new AxonDefaults(command, query, processing));
        } catch (RuntimeException e) {
            closeQuietly(command);
            throw e;
        }
    }

    /** The peer's command-service and query-service, and the properties that give it Axon's default processing. */
    record AxonDefaults(ServiceBeside command, ServiceBeside query, List<String> properties) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            try (command; query) {
                // both stopped
            }
        }
    }

    /**
     * CPU time of the stack's command-service, query-service, PostgreSQL (found as the parent of a
     * backend of this connection URL: the postmaster, with every backend below it) and Kafka; empty
     * against a running stack.
     */
    Optional<ProcessCpu> processCpu() throws java.sql.SQLException {
        if (launched == null) {
            return Optional.empty();
        }
        ProcessHandle postmaster;
        try (var connection = java.sql.DriverManager.getConnection(commandJdbcUrl, "postgres", "postgres");
             var result = connection.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            result.next();
            // while the connection is open: its backend process ends with it
            postmaster = ProcessHandle.of(result.getLong(1)).flatMap(ProcessHandle::parent).orElseThrow();
        }
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        processes.put("command-service", launched.component("command-service-1"));
        processes.put("query-service", launched.component("query-service-1"));
        processes.put("postgresql", postmaster);
        processes.put("kafka", launched.component("kafka"));
        return Optional.of(new ProcessCpu(processes));
    }

    /** A JVM of the stack ({@code command-service}, {@code query-service}) to profile; empty against a running stack. */
    Optional<ProcessHandle> service(String name) {
        return launched == null ? Optional.empty() : Optional.of(launched.component(name + "-1"));
    }

    /** A JDBC URL to another database of the stack's PostgreSQL (the peers' own), created if missing. */
    String createDatabase(String name) throws java.sql.SQLException {
        String url = commandJdbcUrl.substring(0, commandJdbcUrl.lastIndexOf('/') + 1) + name;
        try (var connection = java.sql.DriverManager.getConnection(commandJdbcUrl, "postgres", "postgres");
             var statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + name);
            }
        }
        return url;
    }

    boolean launchesProcesses() {
        return launched != null;
    }

    private Optional<ServiceBeside> beside(String service, String... properties) {
        if (launched == null) {
            return Optional.empty();
        }
        int port = SharedInfrastructure.freePort();
        return Optional.of(new ServiceBeside("http://localhost:" + port, launched.startBeside(service, port, START_TIMEOUT, properties)));
    }

    /** A service started beside the stack's, stopped on close. */
    record ServiceBeside(String url, AutoCloseable process) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            process.close();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            System.out.println("could not stop " + closeable + ": " + e);
        }
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
