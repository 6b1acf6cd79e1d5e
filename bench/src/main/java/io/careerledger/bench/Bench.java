package io.careerledger.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * The benchmark: seeds the synthetic organisation, runs each measurement and writes
 * {@code bench/target/report.md} and {@code report.json}. See {@code bench/run --help}.
 */
public final class Bench {

    private static final int CLOSED_LOOP_CLIENTS = 16;
    private static final int RAW_INSERT_CONNECTIONS = 8;
    private static final int OPEN_LOOP_RATE = 200;
    /** The open loop of the encryption comparison: below the saturation point of two co-located cores. */
    private static final int COMPARISON_RATE = 40;
    private static final int ACTORS = 200;
    private static final int LONG_HISTORY_COMMANDS = 30;
    /** The history the as-of target is stated for. */
    private static final int AS_OF_EVENTS = 1_000;

    private final BenchSettings settings;
    private final BenchStack stack;
    private final Report report = new Report();
    private final HttpClient http = ServiceClient.httpClient();
    private final ServiceClient commandService;
    private final ServiceClient queryService;
    private final TopicReading topic;

    private Bench(BenchSettings settings, BenchStack stack) {
        this.settings = settings;
        this.stack = stack;
        this.commandService = new ServiceClient(http, stack.commandUrl());
        this.queryService = new ServiceClient(http, stack.queryUrl());
        this.topic = new TopicReading(stack.kafkaBootstrap());
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        BenchSettings settings = BenchSettings.from(arguments);
        Path target = Path.of(System.getProperty("bench.target", "bench/target"));
        Instant started = Instant.now();
        log("starting the stack");
        try (BenchStack stack = arguments.contains("--command-url")
                ? BenchStack.running(option(arguments, "--command-url"), option(arguments, "--query-url"),
                option(arguments, "--command-jdbc"), option(arguments, "--kafka"))
                : BenchStack.embedded(target.resolve("stack"))) {
            Bench bench = new Bench(settings, stack);
            bench.run();
            bench.report.note(String.format("Run took %d s (%s sizes: %,d employees, %,d seeded events, seed %d).",
                    Duration.between(started, Instant.now()).toSeconds(), settings.equals(BenchSettings.full()) ? "full"
                            : settings.equals(BenchSettings.quick()) ? "quick" : "custom",
                    settings.employees(), settings.totalEvents(), settings.seed()));
            bench.report.write(target);
            log("report written to " + target.resolve("report.md"));
            System.out.println(bench.report.asMarkdown());
        }
        System.exit(0);
    }

    private void run() throws Exception {
        String hr = commandService.token("bench-hr", "HR");
        publishFramework(hr);
        try (HeapWatch heap = new HeapWatch(List.of(commandService, queryService), commandService.token("bench-admin", "ADMIN"))) {
            seed();
            rawInsert();
            CommandMix mix = new CommandMix(commandService, CommandMix.actors(commandService, ACTORS));
            CommandLoad load = new CommandLoad(commandService, mix);
            closedLoop(load);
            openLoop(load, mix, hr);
            withoutEncryption(mix, hr);
            longHistory();
            ReadSide readSide = new ReadSide(queryService, hr);
            dashboards(readSide);
            asOf(readSide);
            rebuild(readSide);
            report.put("max_heap_mib", heap.maxMib());
            report.note("max_heap_mib: largest jvm.memory.used{area=heap} polled every second from either service's "
                    + "actuator (both run with -Xmx512m)." + (heap.lastError() == null ? "" : " Last poll error: " + heap.lastError()));
        }
    }

    /** HR proposes the three-track sample, two council members approve: version 1 is in force. */
    private void publishFramework(String hr) {
        String document = commandService.send(commandService.getRequest("/api/frameworks/samples/" + SyntheticOrganisation.FRAMEWORK, hr)).body();
        commandService.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(commandService.baseUrl()
                        + "/api/frameworks/proposals?rationale=Benchmark"))
                .header("Authorization", "Bearer " + hr).header("Content-Type", "application/yaml")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(document)).build());
        for (String member : List.of("bench-council-1", "bench-council-2")) {
            commandService.post("/api/frameworks/" + SyntheticOrganisation.FRAMEWORK + "/versions/1/approvals",
                    commandService.token(member, "COUNCIL"), Map.of("comment", "Benchmark"));
        }
    }

    private void seed() throws Exception {
        log(String.format("seeding %,d employees, %,d events", settings.employees(), settings.totalEvents()));
        EventStoreSeeder.Seeded seeded = new EventStoreSeeder(stack.commandJdbcUrl()).seed(new SyntheticOrganisation(settings));
        report.note(String.format("Seeding: %,d events of %,d people written to the event store in %d s (%,.0f events/s, "
                        + "JDBC batches of 1,000); the command-service's publisher then streamed them to Kafka and the "
                        + "query-service projected them, as for any stored event.", seeded.events(), settings.employees(),
                seeded.took().toSeconds(), seeded.eventsPerSecond()));
        long stored = storedEvents();
        Instant start = Instant.now();
        Instant deadline = start.plus(Duration.ofMinutes(20));
        while (topic.endOffsets() < stored && Instant.now().isBefore(deadline)) {
            TimeUnit.SECONDS.sleep(2);
        }
        Duration published = Duration.between(start, Instant.now());
        log("published in " + published.toSeconds() + " s; waiting for the query-service");
        while (topic.lag("query-service") > 0 && Instant.now().isBefore(deadline)) {
            TimeUnit.SECONDS.sleep(2);
        }
        Duration projected = Duration.between(start, Instant.now());
        long lag = topic.lag("query-service");
        report.note(String.format("Catch-up after seeding: publication to Kafka took %d s (%,.0f events/s); the live "
                        + "query-service consumer had projected everything after %d s (%,.0f events/s)%s.",
                published.toSeconds(), stored / seconds(published), projected.toSeconds(), stored / seconds(projected),
                lag > 0 ? String.format("; gave up waiting with %,d events still unprojected", lag) : ""));
        log("caught up in " + projected.toSeconds() + " s");
    }

    private long storedEvents() throws Exception {
        return Long.parseLong(query("SELECT count(*) FROM domain_event_entry"));
    }

    private String query(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(stack.commandJdbcUrl(), "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private void rawInsert() throws Exception {
        log("raw INSERT transactions");
        SeededEvent typical = typicalEvent();
        double perSecond = new RawInsert(stack.commandJdbcUrl(), EventStoreSeeder.AXON_JSON.writeValueAsBytes(typical.payload()),
                EventStoreSeeder.AXON_JSON.writeValueAsBytes(typical.metaData()))
                .transactionsPerSecond(RAW_INSERT_CONNECTIONS, settings.warmUp(), settings.measure());
        report.put("raw_insert_tx_per_s", perSecond);
        report.note("PostgreSQL durability settings of this run (the same for the services and the raw INSERTs): "
                + setting("fsync") + ", " + setting("synchronous_commit") + ".");
    }

    private String setting(String name) throws Exception {
        return name + "=" + query("SHOW " + name);
    }

    /** A self-assessment of the seeded organisation: the row size of the raw INSERT comparison. */
    private SeededEvent typicalEvent() {
        SeededEvent[] found = new SeededEvent[1];
        new SyntheticOrganisation(new BenchSettings(2, 5, 5, Duration.ZERO, Duration.ZERO, settings.seed()))
                .forEachEvent(event -> {
                    if (event.payload() instanceof io.careerledger.events.CompetencyAssessed) {
                        found[0] = event;
                    }
                });
        return found[0];
    }

    private void closedLoop(CommandLoad load) throws InterruptedException {
        log("closed loop, " + CLOSED_LOOP_CLIENTS + " clients");
        CommandLoad.Outcome outcome = load.closedLoop(CLOSED_LOOP_CLIENTS, settings.warmUp(), settings.measure());
        report.put("commands_per_s", outcome.perSecond());
        report.put("command_throughput_ratio", outcome.perSecond() / report.get("raw_insert_tx_per_s"));
        report.note(String.format("commands_per_s: %d s closed loop after %d s warm-up, %d clients, mix of 40 %% "
                        + "self-assessments, 30 %% new goals, 30 %% goal progress by %d people; latency p50 %s ms, p99 %s ms; %d failed%s.",
                settings.measure().toSeconds(), settings.warmUp().toSeconds(), CLOSED_LOOP_CLIENTS, ACTORS,
                Report.format(Latencies.percentileMs(outcome.latency(), 50)), Report.format(Latencies.percentileMs(outcome.latency(), 99)),
                outcome.failures(), failure(outcome)));
        report.note(String.format("raw_insert_tx_per_s: single-row INSERT transactions (autocommit) of a %s-shaped row "
                + "into a table like domain_event_entry, %d connections, %d s, same PostgreSQL, same run.",
                "self-assessment", RAW_INSERT_CONNECTIONS, settings.measure().toSeconds()));
    }

    private void openLoop(CommandLoad load, CommandMix mix, String hr) throws InterruptedException {
        log("open loop at " + OPEN_LOOP_RATE + "/s with freshness");
        try (FreshnessWatch freshness = new FreshnessWatch(http, queryService, hr,
                mix.actors().stream().map(CommandMix.Actor::employeeId).toList())) {
            CommandLoad.Outcome outcome = load.openLoop(OPEN_LOOP_RATE, settings.warmUp(), settings.measure(), freshness);
            TimeUnit.SECONDS.sleep(5);   // let the last commands of the window become visible
            Histogram visible = freshness.freshness().interval();
            report.put("latency_p99_ms_at_200", Latencies.percentileMs(outcome.latency(), 99));
            report.put("freshness_p50_ms", Latencies.percentileMs(visible, 50));
            report.put("freshness_p99_ms", Latencies.percentileMs(visible, 99));
            report.note(String.format("Open loop: commands due every 5 ms (%d/s) for %d s after %d s warm-up, latency measured "
                            + "from when each was due (no coordinated omission); achieved %.1f/s, p50 %s ms, max %s ms; %d failed%s.",
                    OPEN_LOOP_RATE, settings.measure().toSeconds(), settings.warmUp().toSeconds(), outcome.perSecond(),
                    Report.format(Latencies.percentileMs(outcome.latency(), 50)), Report.format(outcome.latency().getMaxValue() / 1000.0),
                    outcome.failures(), failure(outcome)));
            report.note(String.format("Freshness: from the command's 2xx until the query-service's server-sent event for that "
                            + "person (GET /api/employees/{id}/live, sent after the projection commits); %d samples, "
                            + "%d acknowledged commands not seen within 5 s.", visible.getTotalCount(), freshness.unseen()));
        }
    }

    /**
     * Encryption on beside off, measured alike: the stack's command-service (encryption on, the default)
     * and a second replica beside it that stores personal fields as plaintext
     * ({@code careerledger.personal-data.encryption=false}), each warmed up three times as long as the
     * other phases (the replica is a fresh JVM), then a closed loop and an open loop at
     * {@value #COMPARISON_RATE}/s, below saturation on two cores, so freshness measures the pipe and not a queue.
     */
    private void withoutEncryption(CommandMix mix, String hr) throws Exception {
        var replica = stack.plaintextCommandService();
        if (replica.isEmpty()) {
            report.note("Encryption off: not measured against a running stack (the bench starts the plaintext replica itself).");
            return;
        }
        try (var plaintext = replica.get()) {
            log("encryption on, then off, at " + COMPARISON_RATE + "/s");
            Comparison on = compared(commandService, mix, hr);
            ServiceClient service = new ServiceClient(http, plaintext.url());
            Comparison off = compared(service, new CommandMix(service, mix.actors()), hr);
            report.put("commands_per_s_encrypted", on.commandsPerSecond());
            report.put("commands_per_s_plaintext", off.commandsPerSecond());
            report.put("freshness_p50_ms_encrypted", on.freshnessP50());
            report.put("freshness_p50_ms_plaintext", off.freshnessP50());
            report.put("freshness_p99_ms_plaintext", off.freshnessP99());
            report.put("encryption_throughput_ratio", on.commandsPerSecond() / off.commandsPerSecond());
            report.put("encryption_freshness_p50_ratio", on.freshnessP50() / off.freshnessP50());
            report.note(String.format("Encryption, measured alike (warm-up %d s, closed loop of %d clients, then open loop at %d/s): "
                            + "commands/s %.1f on / %.1f off; freshness p50 %s / %s ms, p99 %s / %s ms. "
                            + "encryption_throughput_ratio and encryption_freshness_p50_ratio are on ÷ off; the target is within 10 %%.",
                    settings.warmUp().multipliedBy(3).toSeconds(), CLOSED_LOOP_CLIENTS, COMPARISON_RATE,
                    on.commandsPerSecond(), off.commandsPerSecond(), Report.format(on.freshnessP50()), Report.format(off.freshnessP50()),
                    Report.format(on.freshnessP99()), Report.format(off.freshnessP99())));
        }
    }

    private record Comparison(double commandsPerSecond, double freshnessP50, double freshnessP99) {
    }

    private Comparison compared(ServiceClient service, CommandMix mix, String hr) throws InterruptedException {
        CommandLoad load = new CommandLoad(service, mix);
        CommandLoad.Outcome closed = load.closedLoop(CLOSED_LOOP_CLIENTS, settings.warmUp().multipliedBy(3), settings.measure());
        try (FreshnessWatch freshness = new FreshnessWatch(http, queryService, hr,
                mix.actors().stream().map(CommandMix.Actor::employeeId).toList())) {
            load.openLoop(COMPARISON_RATE, settings.warmUp(), settings.measure(), freshness);
            TimeUnit.SECONDS.sleep(5);   // let the last commands of the window become visible
            Histogram visible = freshness.freshness().interval();
            return new Comparison(closed.perSecond(), Latencies.percentileMs(visible, 50), Latencies.percentileMs(visible, 99));
        }
    }

    private void longHistory() {
        log("command on the person with the long history");
        String employeeId = SyntheticOrganisation.employeeId(0);
        String token = commandService.token(employeeId, "EMPLOYEE");
        Latencies latencies = new Latencies();
        long cold = 0;
        for (int i = 0; i <= LONG_HISTORY_COMMANDS + 5; i++) {
            long start = System.nanoTime();
            commandService.post("/api/employees/" + employeeId + "/goals/" + SyntheticOrganisation.openGoalId(0) + "/progress", token,
                    Map.of("percentComplete", i % 100, "note", "Long history " + i));
            long took = System.nanoTime() - start;
            if (i == 0) {
                cold = took;
            } else if (i > 5) {
                latencies.recordNanos(took);
            }
        }
        Histogram histogram = latencies.interval();
        report.put("long_history_command_ms", Latencies.percentileMs(histogram, 50));
        report.note(String.format("long_history_command_ms: median of %d goal-progress commands, one at a time, on the person "
                        + "with %,d past events, after 5 warm-up commands (p99 %s ms). The very first command took %s ms: it "
                        + "replays the whole seeded history (seeding writes no snapshot) and triggers the first snapshot.",
                LONG_HISTORY_COMMANDS, settings.longHistoryEvents(), Report.format(Latencies.percentileMs(histogram, 99)),
                Report.format(Latencies.round(cold / 1e6))));
    }

    private void dashboards(ReadSide readSide) throws InterruptedException {
        log("dashboard queries");
        ReadSide.DashboardOutcome outcome = readSide.dashboards(settings.employees(), 4, settings.warmUp(), settings.measure());
        report.put("dashboard_p99_ms", Latencies.percentileMs(outcome.latency(), 99));
        report.note(String.format("dashboard_p99_ms: %s, random people / managers, 4 clients, %d s, %d requests "
                        + "(p50 %s ms), %d non-200.",
                outcome.dashboardsExist() ? "GET /api/employees/{id}/dashboard and GET /api/teams/{managerId}/dashboard alternately"
                        : "the dashboards are not built yet (404): measured GET /api/employees/{id} instead",
                settings.measure().toSeconds(), outcome.latency().getTotalCount(),
                Report.format(Latencies.percentileMs(outcome.latency(), 50)), outcome.failures()));
    }

    /** The long-history person as of their 1,000th event: the answer folds exactly 1,000 events. */
    private void asOf(ReadSide readSide) {
        log("career as of an instant");
        String employeeId = SyntheticOrganisation.employeeId(0);
        Instant at = SyntheticOrganisation.occurredAt(0, AS_OF_EVENTS - 1);
        ReadSide.AsOfOutcome outcome = readSide.asOf(employeeId, at, settings.warmUp(), settings.measure());
        report.put("as_of_p50_ms", Latencies.percentileMs(outcome.latency(), 50));
        report.put("as_of_p99_ms", Latencies.percentileMs(outcome.latency(), 99));
        ReadSide.AsOfOutcome whole = readSide.asOf(employeeId, Instant.now(), Duration.ZERO, Duration.ofSeconds(5));
        report.note(String.format("as_of_p50_ms / as_of_p99_ms: GET /api/employees/{id}/as-of/{instant} on the long-history "
                        + "person as of their 1,000th event (the answer folded %,d events), one client, one request at a time, "
                        + "%d s after %d s warm-up, %d requests, %d non-200. As of now (their whole history, %,d events): p50 %s ms, "
                        + "p99 %s ms over 5 s.", outcome.eventsFolded(), settings.measure().toSeconds(), settings.warmUp().toSeconds(),
                outcome.latency().getTotalCount(), outcome.failures(), whole.eventsFolded(),
                Report.format(Latencies.percentileMs(whole.latency(), 50)), Report.format(Latencies.percentileMs(whole.latency(), 99))));
    }

    private void rebuild(ReadSide readSide) throws Exception {
        log("raw consumer read of the topic");
        report.put("raw_consume_events_per_s", topic.rawConsumeRate());
        log("read-model rebuild");
        ReadSide.RebuildOutcome outcome = readSide.rebuild(Duration.ofMinutes(15));
        report.put("rebuild_events_per_s", outcome.eventsPerSecond());
        report.note(String.format("Rebuild: POST /api/admin/rebuilds, %,d events in %d s, final state %s; "
                        + "raw_consume_events_per_s: a plain KafkaConsumer (byte arrays, read_committed) reading the whole topic.",
                outcome.events(), outcome.took().toSeconds(), outcome.state()));
    }

    private static String failure(CommandLoad.Outcome outcome) {
        return outcome.firstFailure() == null ? "" : " (first: " + outcome.firstFailure() + ")";
    }

    private static double seconds(Duration duration) {
        return Math.max(0.001, duration.toMillis() / 1000.0);
    }

    private static String option(List<String> arguments, String name) {
        int at = arguments.indexOf(name);
        if (at < 0 || at + 1 >= arguments.size()) {
            throw new IllegalArgumentException(name + " is required when targeting a running stack");
        }
        return arguments.get(at + 1);
    }

    private static void log(String message) {
        System.out.printf("[bench %s] %s%n", Instant.now(), message);
    }
}
