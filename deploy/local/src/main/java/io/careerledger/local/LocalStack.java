package io.careerledger.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import io.careerledger.testsupport.EmbeddedKafkaBroker;
import io.careerledger.testsupport.EmbeddedPostgresServer;

/**
 * The one-command local stack: real PostgreSQL (port 15432) and Kafka (9092) with persistent data
 * under {@code .data/}, the command-service (8081) and the query-service (8082), and the demo
 * organisation on first start. Ctrl-C stops everything; the next start keeps every event.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("careerledger.data", ".data")).toAbsolutePath();
        Files.createDirectories(data);
        int postgresPort = Integer.getInteger("careerledger.postgres.port", 15432);
        int kafkaPort = Integer.getInteger("careerledger.kafka.port", 9092);

        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), postgresPort);
        EmbeddedKafkaBroker kafka = new EmbeddedKafkaBroker(data.resolve("kafka"), kafkaPort, kafkaPort + 1).start();
        CareerLedgerServices services = CareerLedgerServices.start(postgres, kafka,
                Integer.getInteger("careerledger.command.port", 8081), Integer.getInteger("careerledger.query.port", 8082));

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            services.close();
            kafka.close();
            postgres.close();
            stopped.countDown();
        }, "local-stack-stop"));

        Path seededMarker = data.resolve("demo-organisation.seeded");
        if (!Files.exists(seededMarker)) {
            new DemoOrganisation(services.commandServiceUrl()).seed();
            Files.writeString(seededMarker, "seeded\n");
        }

        System.out.printf("""

                Career Ledger is up (data in %s)
                  command-service  %s   (Swagger UI: %s/swagger-ui.html)
                  query-service    %s   (Swagger UI: %s/swagger-ui.html)
                  PostgreSQL       jdbc:postgresql://localhost:%d/  (user postgres / postgres)
                  Kafka            localhost:%d  topic career.events.v1
                Ctrl-C stops everything.
                %n""", data, services.commandServiceUrl(), services.commandServiceUrl(),
                services.queryServiceUrl(), services.queryServiceUrl(), postgresPort, kafkaPort);
        stopped.await();
    }
}
