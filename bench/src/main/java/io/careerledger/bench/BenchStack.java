package io.careerledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import io.careerledger.local.CareerLedgerServices;
import io.careerledger.testsupport.EmbeddedKafkaBroker;
import io.careerledger.testsupport.EmbeddedPostgresServer;
import io.careerledger.testsupport.SharedInfrastructure;

/**
 * What the benchmark runs against: a fresh stack of its own (embedded PostgreSQL and KRaft Kafka, both
 * services as separate {@code -Xmx512m} processes launched by the local stack), or a running one.
 */
record BenchStack(String commandUrl, String queryUrl, String commandJdbcUrl, String kafkaBootstrap,
                  CareerLedgerServices services, AutoCloseable resources) implements AutoCloseable {

    static BenchStack embedded(Path dataDirectory) throws IOException {
        deleteRecursively(dataDirectory);
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDirectory.resolve("postgres"), SharedInfrastructure.freePort());
        int kafkaPort = SharedInfrastructure.freePort();
        EmbeddedKafkaBroker kafka = new EmbeddedKafkaBroker(dataDirectory.resolve("kafka"), kafkaPort,
                SharedInfrastructure.freePort()).start();
        CareerLedgerServices services = CareerLedgerServices.start(postgres, kafka,
                SharedInfrastructure.freePort(), SharedInfrastructure.freePort());
        return new BenchStack(services.commandServiceUrl(), services.queryServiceUrl(), postgres.database("command_service"),
                kafka.bootstrapServers(), services, () -> {
                    services.close();
                    kafka.close();
                    postgres.close();
                });
    }

    static BenchStack running(String commandUrl, String queryUrl, String commandJdbcUrl, String kafkaBootstrap) {
        return new BenchStack(commandUrl, queryUrl, commandJdbcUrl, kafkaBootstrap, null, () -> { });
    }

    /**
     * A command-service replica that stores personal fields as plaintext, for the comparison with
     * encryption on; empty against a running stack (the bench can't start processes there).
     */
    Optional<CareerLedgerServices.Replica> plaintextCommandService() {
        return services == null ? Optional.empty() : Optional.of(services.startCommandReplica(SharedInfrastructure.freePort(),
                "--careerledger.personal-data.encryption=false"));
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
