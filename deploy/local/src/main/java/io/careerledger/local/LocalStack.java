package io.careerledger.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.careerledger.supervision.ParentProcess;

/**
 * The one-command local stack, a supervisor: PostgreSQL (port 15432), the Kafka broker (9092, its
 * controller on 9093) and {@code --replicas N} of each service (command-service on 8081, 8181, ...,
 * query-service on 8082, 8182, ...) and the web app (8080) each run as a child process, started again whenever it dies.
 * Ctrl-C or SIGTERM stops them all; if the launcher itself is killed, each child notices and stops.
 * Data persists under {@code .data/}; the demo organisation is seeded on first start.
 */
public final class LocalStack {

    /** How long each component may take to become ready; a machine shared with other builds may need longer (-Dcareerledger.startTimeout=PT10M). */
    private static final Duration START_TIMEOUT = Duration.parse(System.getProperty("careerledger.startTimeout", "PT3M"));

    static final String UP = "Career Ledger is up";

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        ParentProcess.exitWhenGone();
        StackLayout layout = StackLayout.fromSystemProperties(args);
        Path jars = Path.of(System.getProperty("careerledger.services", "deploy/local/target/services"));
        supervise(layout, restarts -> services(layout, jars, restarts), () -> seedAndAnnounce(layout));
    }

    /**
     * Runs PostgreSQL, the broker and the services as supervised children until Ctrl-C or SIGTERM, which
     * stops them all (services first, then the broker, then PostgreSQL) before the launcher exits.
     *
     * @param services the replicas to run, restarted through the executor given
     * @param whenUp   run once every child is ready
     */
    static void supervise(StackLayout layout, Function<ScheduledExecutorService, List<SupervisedProcess>> services, Runnable whenUp)
            throws IOException, InterruptedException {
        Files.createDirectories(layout.data());
        ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor();
        SupervisedProcess postgres = new SupervisedProcess("postgres", javaMain(PostgresProcess.class, "postgres",
                join(List.of(layout.data().resolve("postgres").toString(), String.valueOf(layout.postgresPort())), ServiceKind.DATABASES)),
                SupervisedProcess.Readiness.jdbc(layout.database(ServiceKind.DATABASES.get(ServiceKind.DATABASES.size() - 1))), restarts);
        SupervisedProcess kafka = new SupervisedProcess("kafka", javaMain(KafkaBrokerProcess.class, "kafka",
                List.of(layout.data().resolve("kafka").toString(), String.valueOf(layout.kafkaPort()),
                        String.valueOf(layout.kafkaControllerPort()))),
                SupervisedProcess.Readiness.listening(layout.kafkaPort()), restarts);
        List<SupervisedProcess> replicas = services.apply(restarts);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            restarts.shutdownNow();
            replicas.parallelStream().forEach(SupervisedProcess::stop);
            kafka.stop();
            postgres.stop();
            stopped.countDown();
        }, "local-stack-stop"));

        try {
            postgres.start();
            kafka.start();
            postgres.awaitReady(START_TIMEOUT);
            kafka.awaitReady(START_TIMEOUT);
            replicas.forEach(SupervisedProcess::start);
            replicas.forEach(service -> service.awaitReady(START_TIMEOUT));
            whenUp.run();
        } catch (RuntimeException failed) {
            failed.printStackTrace();
            System.exit(1); // the shutdown hook stops what did start
        }
        stopped.await();
    }

    private static List<SupervisedProcess> services(StackLayout layout, Path jars, ScheduledExecutorService restarts) {
        List<SupervisedProcess> services = new ArrayList<>();
        for (ServiceKind kind : ServiceKind.ALL) {
            Path jar = jars.resolve(kind.jar());
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build first with ./mvnw install -DskipTests");
            }
            List<Integer> ports = layout.ports(kind);
            for (int replica = 0; replica < ports.size(); replica++) {
                int port = ports.get(replica);
                String name = kind.name() + "-" + (replica + 1);
                List<String> command = new ArrayList<>(javaCommand(name));
                command.addAll(List.of("-jar", jar.toString()));
                command.addAll(kind.arguments().apply(layout, port));
                services.add(new SupervisedProcess(name, command,
                        SupervisedProcess.Readiness.http("http://localhost:" + port + ServiceKind.READINESS_PATH), restarts));
            }
        }
        return services;
    }

    private static void seedAndAnnounce(StackLayout layout) {
        CareerLedgerServices urls = layout.services();
        Path seededMarker = layout.data().resolve("demo-organisation.seeded");
        if (layout.seedDemo() && !Files.exists(seededMarker)) {
            new DemoOrganisation(urls.commandServiceUrl()).seed();
            try {
                Files.writeString(seededMarker, "seeded\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.out.printf("""

                %s (data in %s), every component supervised: restarted when it dies
                  web app          %s   (sign in as a demo person)
                  command-service  %s   (Swagger UI: /swagger-ui.html)
                  query-service    %s   (Swagger UI: /swagger-ui.html)
                  PostgreSQL       jdbc:postgresql://localhost:%d/  (user postgres / postgres, synchronous_commit=on)
                  Kafka            localhost:%d  topic career.events.v1 (KRaft controller on %d)
                Ctrl-C stops everything.
                %n""", UP, layout.data(), urls.webUrl(), String.join("  ", urls.commandServiceUrls()), String.join("  ", urls.queryServiceUrls()),
                layout.postgresPort(), layout.kafkaPort(), layout.kafkaControllerPort());
    }

    /** The JVM of a child, named by {@code careerledger.component} (so it can be told apart) and watching the launcher. */
    static List<String> javaCommand(String component) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dcareerledger.component=" + component,
                "-D" + ParentProcess.PROPERTY + "=" + ProcessHandle.current().pid());
    }

    static List<String> javaMain(Class<?> main, String component, List<String> args) {
        List<String> command = new ArrayList<>(javaCommand(component));
        command.addAll(List.of("-cp", classpath(), main.getName()));
        command.addAll(args);
        return command;
    }

    /** The launcher's own classpath, also when it runs inside Maven (exec:java loads it through a class loader of its own). */
    static String classpath() {
        if (LocalStack.class.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
            return Arrays.stream(loader.getURLs()).map(LocalStack::path).collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static String path(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url.toString(), e);
        }
    }

    private static List<String> join(List<String> first, List<String> second) {
        List<String> joined = new ArrayList<>(first);
        joined.addAll(second);
        return joined;
    }
}
