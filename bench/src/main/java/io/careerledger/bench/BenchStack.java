package io.careerledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import io.careerledger.local.CareerLedgerServices;
import io.careerledger.local.LaunchedStack;
import io.careerledger.local.StackLayout;

/**
 * What the benchmark runs against: a fresh stack of its own (the local stack's launcher with one replica
 * of each service: embedded PostgreSQL, KRaft Kafka and both services as separate processes, the
 * services {@code -Xmx512m}), or a running one.
 */
record BenchStack(String commandUrl, String queryUrl, String commandJdbcUrl, String kafkaBootstrap,
                  AutoCloseable resources) implements AutoCloseable {

    static BenchStack embedded(Path dataDirectory) throws IOException {
        deleteRecursively(dataDirectory);
        LaunchedStack stack = LaunchedStack.start(StackLayout.onFreePorts(dataDirectory.toAbsolutePath(), 1, false),
                Path.of(System.getProperty("careerledger.services", "deploy/local/target/services")),
                Duration.parse(System.getProperty("careerledger.startTimeout", "PT5M")));
        CareerLedgerServices services = stack.services();
        return new BenchStack(services.commandServiceUrl(), services.queryServiceUrl(), stack.layout().database("command_service"),
                stack.layout().kafkaBootstrapServers(), stack);
    }

    static BenchStack running(String commandUrl, String queryUrl, String commandJdbcUrl, String kafkaBootstrap) {
        return new BenchStack(commandUrl, queryUrl, commandJdbcUrl, kafkaBootstrap, () -> { });
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
