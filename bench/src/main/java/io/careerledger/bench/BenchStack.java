package io.careerledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
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

    static BenchStack embedded(Path dataDirectory) throws IOException {
        deleteRecursively(dataDirectory);
        LaunchedStack stack = LaunchedStack.start(StackLayout.onFreePorts(dataDirectory.toAbsolutePath(), 1, false),
                Path.of(System.getProperty("careerledger.services", "deploy/local/target/services")),
                Duration.parse(System.getProperty("careerledger.startTimeout", "PT5M")));
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
    Optional<CommandServiceBeside> plaintextCommandService() {
        if (launched == null) {
            return Optional.empty();
        }
        int port = SharedInfrastructure.freePort();
        return Optional.of(new CommandServiceBeside("http://localhost:" + port, launched.startBeside("command-service", port,
                Duration.parse(System.getProperty("careerledger.startTimeout", "PT5M")), "--careerledger.personal-data.encryption=false")));
    }

    /** A command-service started beside the stack's, stopped on close. */
    record CommandServiceBeside(String url, AutoCloseable process) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            process.close();
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
