package io.careerledger.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * The benchmark: seeds the synthetic organisation, runs each measurement and writes
 * {@code bench/target/report.md} and {@code report.json}. See {@code bench/run --help}.
 */
public final class Bench {

    private static final int CLOSED_LOOP_CLIENTS = 16;
    private static final int RAW_INSERT_CONNECTIONS = 8;
    /** The open-loop rates tried, lowest first; those above the first that misses are skipped but for the headline ones. */
    private static final List<Integer> OPEN_LOOP_RATES = List.of(50, 100, 150, 200, 300, 400, 500, 700, 1_000);
    /** The rates the report's latency and freshness keys are stated for: run in full, whatever the others showed. */
    private static final List<Integer> HEADLINE_RATES = List.of(200, 500);
    /** The saturation point is the highest rate whose p99 latency stays within this. */
    private static final double SATURATION_P99_MS = 100;
    /** The shorter windows of the other steps of the open-loop series. */
    private static final Duration STEP_WARM_UP = Duration.ofSeconds(5);
    private static final int STEADY_TRIES = 4;
    private static final Duration STEP_MEASURE = Duration.ofSeconds(15);
    /** The open loop of the peer comparisons: below the saturation point of two co-located cores. */
    private static final int COMPARISON_RATE = 40;
    /** How long the axon_defaults peer may take to publish its seeded backlog. */
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(4);
    private static final String AXON_DEFAULTS_TOPIC = "bench.axon-defaults.v1";
    private static final int ACTORS = 200;
    private static final int LONG_HISTORY_COMMANDS = 30;
    /** The history the as-of target is stated for. */
    private static final int AS_OF_EVENTS = 1_000;

    private final BenchSettings settings;
    private final BenchStack stack;
    private final Path target;
    private final Report report = new Report();
    /** What the charts draw, gathered as the phases run. */
    private final Map<String, Histogram> latencyByPhase = new LinkedHashMap<>();
    private final Map<String, Histogram> freshnessByPhase = new LinkedHashMap<>();
    private final List<Charts.Throughput> throughput = new ArrayList<>();
    private final List<Charts.Step> steps = new ArrayList<>();
    /** The stack's publisher streaming the seeded backlog to Kafka: what axon_defaults' catch-up is set beside. */
    private double publicationEventsPerSecond = Double.NaN;
    private final HttpClient http = ServiceClient.httpClient();
    private final ServiceClient commandService;
    private final ServiceClient queryService;
    private final TopicReading topic;
    /** Attaches to the stack's JVMs during the phases whose CPU the report breaks down; null against a running stack. */
    private final CpuProfile profiler;

    private Bench(BenchSettings settings, BenchStack stack, Path target) throws java.io.IOException {
        this.settings = settings;
        this.stack = stack;
        this.target = target;
        this.commandService = new ServiceClient(http, stack.commandUrl());
        this.queryService = new ServiceClient(http, stack.queryUrl());
        this.topic = new TopicReading(stack.kafkaBootstrap(), TopicReading.TOPIC);
        this.profiler = stack.launchesProcesses() ? CpuProfile.into(target.resolve("profiles")) : null;
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
            Bench bench = new Bench(settings, stack, target);
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
        publishFramework(commandService, hr);
        try (HeapWatch heap = new HeapWatch(List.of(commandService, queryService), commandService.token("bench-admin", "ADMIN"))) {
            int firstSize = settings.firstSizeEmployees();
            seed(0, firstSize, null);
            CommandMix mix = new CommandMix(commandService, CommandMix.actors(commandService, ACTORS));
            CommandLoad load = new CommandLoad(commandService, mix);
            ReadSide readSide = new ReadSide(queryService, hr);
            if (!settings.rebuildOnly()) {
                log("warming the services up before the first measurement");
                load.closedLoop(CLOSED_LOOP_CLIENTS, settings.warmUp().multipliedBy(3), Duration.ZERO);
                sizePoint(load, mix, hr, readSide, firstSize);
            }
            if (firstSize < settings.employees()) {
                seed(firstSize, settings.employees(), settings.eventsOf(firstSize));
            }
            if (!settings.rebuildOnly()) {
                sizePoint(load, mix, hr, readSide, settings.employees());
                noWall(settings.eventsOf(firstSize), settings.totalEvents());
                rawInsert();
                closedLoop(load);
                openLoops(load, mix, hr);
                floor(mix);
                Comparison ours = withoutEncryption(mix, hr);
                axonDefaults(mix, hr, ours);
                longHistory();
                asOf(readSide);
            }
            rebuild(readSide);
            if (heap.maxMib() < 0) {
                report.unmeasured("max_heap_mib", "no poll of the services' actuators succeeded");
            } else {
                report.put("max_heap_mib", heap.maxMib());
            }
            report.note("max_heap_mib: largest jvm.memory.used{area=heap} polled every second from either service's "
                    + "actuator (both run with -Xmx512m)." + (heap.lastError() == null ? "" : " Last poll error: " + heap.lastError()));
        }
        charts();
    }

    /** HR proposes the three-track sample, two council members approve: version 1 is in force. */
    private static void publishFramework(ServiceClient commandService, String hr) {
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

    /**
     * Seeds people {@code from} to {@code to} and waits until the publisher has streamed them to Kafka and the
     * live query-service consumer has projected them. The growing step ({@code grownFrom} stored events
     * before it) gives the report's catch-up figures, with the CPU and the profiles of both services over it.
     */
    private void seed(int from, int to, Long grownFrom) throws Exception {
        log(String.format("seeding people %,d to %,d: %,d events", from, to, settings.eventsOf(to) - (from == 0 ? 0 : settings.eventsOf(from))));
        EventStoreSeeder.Seeded seeded = new EventStoreSeeder(stack.commandJdbcUrl()).seed(new SyntheticOrganisation(settings), from, to);
        report.note(String.format("Seeding people %,d to %,d: %,d events written to the event store in %d s (%,.0f events/s, "
                        + "JDBC batches of 1,000); the command-service's publisher then streamed them to Kafka and the "
                        + "query-service projected them, as for any stored event.", from, to, seeded.events(),
                seeded.took().toSeconds(), seeded.eventsPerSecond()));
        long stored = storedEvents();
        // the publisher and the consumer work while the seeder writes: what is left of each when it stops is the backlog they catch up on
        long onTopic = topic.endOffsets();
        long unpublished = Math.max(0, stored - onTopic);
        long unprojected = Math.max(0, stored - (onTopic - topic.lag("query-service")));
        Optional<ProcessCpu> cpu = grownFrom == null ? Optional.empty() : stack.processCpu();
        Map<String, Double> cpuBefore = cpu.map(ProcessCpu::sample).orElse(Map.of());
        Map<String, ProcessHandle> profiled = grownFrom == null || profiler == null ? Map.of() : services("command-service", "query-service");
        for (ProcessHandle service : profiled.values()) {
            profiler.start(service);
        }
        Instant start = Instant.now();
        Instant deadline = start.plus(Duration.ofMinutes(30));
        while (topic.endOffsets() < stored && Instant.now().isBefore(deadline)) {
            TimeUnit.MILLISECONDS.sleep(250);
        }
        Duration published = Duration.between(start, Instant.now());
        log("published in " + published.toSeconds() + " s; waiting for the query-service");
        while (topic.lag("query-service") > 0 && Instant.now().isBefore(deadline)) {
            TimeUnit.MILLISECONDS.sleep(250);
        }
        Duration projected = Duration.between(start, Instant.now());
        for (Map.Entry<String, ProcessHandle> service : profiled.entrySet()) {
            report.profile(CpuProfile.summarise(service.getKey(), String.format("catch-up on %,d seeded events", seeded.events()),
                    profiler.stop(service.getValue(), service.getKey() + "-catch-up")));
        }
        long lag = topic.lag("query-service");
        report.note(String.format("Catch-up after seeding people %,d to %,d: when the seeder stopped, %,d events were not yet on the topic "
                        + "and %,d not yet projected; publication to Kafka then took %d s (%,.0f events/s); the live query-service "
                        + "consumer had projected everything after %d s (%,.0f events/s)%s.", from, to, unpublished, unprojected,
                published.toSeconds(), unpublished / seconds(published), projected.toSeconds(), unprojected / seconds(projected),
                lag > 0 ? String.format("; gave up waiting with %,d events still unprojected", lag) : ""));
        if (grownFrom != null) {
            publicationEventsPerSecond = caughtUpRate("publication_events_per_s", unpublished, published, seeded);
            if (lag > 0) {
                report.unmeasured("catch_up_events_per_s", "the consumer had not caught up within 30 minutes");
            } else {
                caughtUpRate("catch_up_events_per_s", unprojected, projected, seeded);
            }
            cpu.ifPresent(measured -> {
                Map<String, Double> perThousand = ProcessCpu.perCommand(cpuBefore, measured.sample(), Math.max(1, unprojected / 1_000));
                report.note(String.format("catch_up_events_per_s: of the %,d events seeded as the organisation grew from %,d stored events, "
                        + "the %,d not yet projected when the seeder stopped, over the time until the live consumer had projected them all "
                        + "(publication_events_per_s: the %,d not yet on the topic, until they were); CPU ms per 1,000 of those events by "
                        + "process over that time: %s.", seeded.events(), grownFrom, unprojected, unpublished, perThousand));
                report.why("catch_up_events_per_s", cpuBound("event", perThousand, 1_000) + " Profiles of both services over the catch-up below.");
            });
        }
        log("caught up in " + projected.toSeconds() + " s");
        snapshotAfterImport();
    }

    /**
     * What an operator does after importing events straight into the event store: the command-service
     * snapshots every career whose imported history passed its snapshot threshold, as commands would have.
     */
    private void snapshotAfterImport() {
        com.fasterxml.jackson.databind.JsonNode written = commandService.post("/api/admin/snapshots", adminToken(), Map.of());
        report.note(String.format("Snapshots after the import: POST /api/admin/snapshots wrote %d of the %d careers with at least "
                        + "%d events since their last snapshot, in %d ms.", written.path("written").asInt(), written.path("careers").asInt(),
                written.path("eventsSinceSnapshot").asInt(), written.path("tookMillis").asLong()));
    }

    /**
     * A catch-up rate: the backlog left when seeding stopped over the time it took. A stage that kept up
     * with the seeder (under a tenth of the seeded events left) has no backlog to time: its rate is then
     * the seeder's, a floor, and the report says so.
     */
    private double caughtUpRate(String key, long backlog, Duration took, EventStoreSeeder.Seeded seeded) {
        if (backlog < seeded.events() / 10) {
            report.note(String.format("%s: kept up with the seeder (%,d of %,d events left when it stopped), so it is at least the seeder's "
                    + "rate, %,.0f events/s, given here.", key, backlog, seeded.events(), seeded.eventsPerSecond()));
            report.put(key, seeded.eventsPerSecond());
            return seeded.eventsPerSecond();
        }
        double rate = backlog / seconds(took);
        report.put(key, rate);
        return rate;
    }

    /**
     * Why a throughput is what it is when CPU bounds it: the CPU each unit cost, by process, and the
     * most the machine's cores allow at that cost.
     */
    private static String cpuBound(String unit, Map<String, Double> cpuMsPer, int units) {
        double total = cpuMsPer.values().stream().mapToDouble(Double::doubleValue).sum();
        int cores = Runtime.getRuntime().availableProcessors();
        return String.format(java.util.Locale.ROOT, "every %s cost %.2f ms of CPU across the stack's processes (%s ms per %s); %d cores "
                        + "can give at most %,.0f %ss/s at that cost, so the figure is CPU-bound unless it is far below that.",
                units == 1 ? unit : String.format("%,d %ss", units, unit), total, cpuMsPer,
                units == 1 ? unit : String.format("%,d", units), cores, cores * 1_000.0 * units / Math.max(total, 0.001), unit);
    }

    /** The stack's JVMs by name, to profile; none against a running stack. */
    private Map<String, ProcessHandle> services(String... names) {
        Map<String, ProcessHandle> services = new LinkedHashMap<>();
        for (String name : names) {
            stack.service(name).ifPresent(process -> services.put(name, process));
        }
        return services;
    }

    /**
     * The "no wall" figures at one stored-events size: an open loop at 200/s with freshness, then the
     * dashboards, the same way at each size.
     */
    private void sizePoint(CommandLoad load, CommandMix mix, String hr, ReadSide readSide, int people) throws Exception {
        long storedEvents = settings.eventsOf(people);
        String size = BenchSettings.sizeLabel(storedEvents);
        long stored = storedEvents();
        log(String.format("at %,d stored events: open loop at 200/s, then dashboards", stored));
        OpenPhase phase;
        try (FreshnessWatch freshness = new FreshnessWatch(http, queryService, hr,
                mix.actors().stream().map(CommandMix.Actor::employeeId).toList())) {
            phase = openPhase(load, freshness, 200, settings.warmUp(), settings.measure());
        }
        List<String> keys = List.of("latency_p99_ms_at_" + size, "freshness_p50_ms_at_" + size, "freshness_p99_ms_at_" + size);
        if (phase.outcome().fellBehind() || phase.freshness().getTotalCount() == 0) {
            keys.forEach(key -> report.unmeasured(key, "its open loop at 200/s fell behind or saw no change after a 2xx"));
        } else {
            report.put(keys.get(0), Latencies.percentileMs(phase.outcome().latency(), 99));
            report.put(keys.get(1), Latencies.percentileMs(phase.freshness(), 50));
            report.put(keys.get(2), Latencies.percentileMs(phase.freshness(), 99));
        }
        boolean full = storedEvents == settings.totalEvents();
        Map<String, ProcessHandle> queryJvm = full && profiler != null ? services("query-service") : Map.of();
        for (ProcessHandle service : queryJvm.values()) {
            profiler.start(service);
        }
        // the people seeded so far: a dashboard of someone not yet seeded would be a 404
        ReadSide.DashboardOutcome dashboards = readSide.dashboards(people, 4, settings.warmUp(), settings.measure());
        for (ProcessHandle service : queryJvm.values()) {
            report.profile(CpuProfile.summarise("query-service", "dashboard queries", profiler.stop(service, "query-service-dashboards")));
        }
        double dashboardP99 = Latencies.percentileMs(dashboards.latency(), 99);
        List<String> dashboardKeys = full ? List.of("dashboard_p99_ms_at_" + size, "dashboard_p99_ms") : List.of("dashboard_p99_ms_at_" + size);
        // a latency of the answers that were 200 says little when many were not
        boolean answered = dashboards.failures() * 100 <= dashboards.latency().getTotalCount();
        for (String key : dashboardKeys) {
            if (answered) {
                report.put(key, dashboardP99);
            } else {
                report.unmeasured(key, dashboards.failures() + " of the requests were not 200 (see the note)");
            }
        }
        report.note(String.format("At %,d stored events (%,d seeded and the commands of the phases before; `_at_%s` keys): %s Dashboards: "
                        + "%s, random people / managers, 4 clients, %d s after %d s warm-up, %d requests (p50 %s ms, p99 %s ms), %d non-200.",
                stored, storedEvents, size, phase.describe(),
                dashboards.dashboardsExist() ? "GET /api/employees/{id}/dashboard and GET /api/teams/{managerId}/dashboard alternately"
                        : "the dashboards are not built yet (404): measured GET /api/employees/{id} instead",
                settings.measure().toSeconds(), settings.warmUp().toSeconds(), dashboards.latency().getTotalCount(),
                Report.format(Latencies.percentileMs(dashboards.latency(), 50)), Report.format(dashboardP99), dashboards.failures()));
    }

    /** The largest change of any "no wall" figure from the smaller stored-events size to the full one, in percent. */
    private void noWall(long smaller, long larger) {
        String from = BenchSettings.sizeLabel(smaller);
        String to = BenchSettings.sizeLabel(larger);
        double largest = 0;
        List<String> changes = new ArrayList<>();
        for (String figure : Report.SIZED_FIGURES) {
            double before = report.get(figure + "_at_" + from);
            double after = report.get(figure + "_at_" + to);
            double change = 100.0 * Math.abs(after - before) / before;
            changes.add(String.format(java.util.Locale.ROOT, "%s %s → %s ms (%+.0f %%)", figure, Report.format(before), Report.format(after),
                    100.0 * (after - before) / before));
            // a figure missing at either size leaves the comparison unmeasured (Math.max keeps a NaN)
            largest = changes.size() == 1 ? change : Math.max(largest, change);
        }
        if (Double.isNaN(largest)) {
            report.unmeasured("no_wall_max_change_pct", "a figure at one of the sizes was not measured");
        } else {
            report.put("no_wall_max_change_pct", largest);
        }
        report.note(String.format("no_wall_max_change_pct: from %,d to %,d stored events, the largest change of %s: %s.",
                smaller, larger, Report.SIZED_FIGURES, String.join("; ", changes)));
    }

    private long storedEvents() throws Exception {
        return storedEvents(stack.commandJdbcUrl());
    }

    private static long storedEvents(String jdbcUrl) throws Exception {
        return Long.parseLong(query(jdbcUrl, "SELECT count(*) FROM domain_event_entry"));
    }

    private String query(String sql) throws Exception {
        return query(stack.commandJdbcUrl(), sql);
    }

    private static String query(String jdbcUrl, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
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
        new SyntheticOrganisation(new BenchSettings(2, 5, 5, Duration.ZERO, Duration.ZERO, settings.seed(), false))
                .forEachEvent(event -> {
                    if (event.payload() instanceof io.careerledger.events.CompetencyAssessed) {
                        found[0] = event;
                    }
                });
        return found[0];
    }

    /**
     * Commands/s of {@value #CLOSED_LOOP_CLIENTS} closed-loop clients once steady (see {@link #steadyClosedLoop}), with
     * the CPU each process spent per command and a profile of the command-service over the measured window.
     */
    private void closedLoop(CommandLoad load) throws Exception {
        log("closed loop, " + CLOSED_LOOP_CLIENTS + " clients");
        Optional<ProcessCpu> cpu = stack.processCpu();
        Optional<ProcessCpu.Window> window = cpu.map(ProcessCpu::window);
        Optional<ProcessHandle> commandJvm = profiler == null ? Optional.empty() : stack.service("command-service");
        CommandLoad.Window measured = window.<CommandLoad.Window>map(w -> w).orElse(CommandLoad.Window.NONE);
        if (commandJvm.isPresent()) {
            measured = measured.and(profiler.window(commandJvm.get(), "command-service-closed-loop"));
        }
        long stored = storedEvents();
        CommandLoad.Outcome outcome = steadyClosedLoop(load, measured);
        report.put("commands_per_s", outcome.perSecond());
        report.put("command_throughput_ratio", outcome.perSecond() / report.get("raw_insert_tx_per_s"));
        latencyByPhase.put("closed loop, " + CLOSED_LOOP_CLIENTS + " clients", outcome.latency());
        throughput.add(new Charts.Throughput("ours, closed loop", stored, outcome.perSecond()));
        report.note(String.format("commands_per_s: closed loops of %d clients after %d s warm-up, %d s each until two in a row agree "
                        + "within 10 %% (at most %d), the last one counted; mix of 40 %% self-assessments, 30 %% new goals, 30 %% goal progress "
                        + "by %d people; latency p50 %s ms, p99 %s ms; %d failed%s.",
                CLOSED_LOOP_CLIENTS, settings.warmUp().multipliedBy(3).toSeconds(), steadyWindow().toSeconds(), STEADY_TRIES, ACTORS,
                Report.format(Latencies.percentileMs(outcome.latency(), 50)), Report.format(Latencies.percentileMs(outcome.latency(), 99)),
                outcome.failures(), failure(outcome)));
        report.note(String.format("raw_insert_tx_per_s: single-row INSERT transactions (autocommit) of a %s-shaped row "
                + "into a table like domain_event_entry, %d connections, %d s, same PostgreSQL, same run.",
                "self-assessment", RAW_INSERT_CONNECTIONS, settings.measure().toSeconds()));
        if (commandJvm.isPresent()) {
            report.profile(CpuProfile.summarise("command-service", "closed loop of " + CLOSED_LOOP_CLIENTS + " clients",
                    profiler.file("command-service-closed-loop")));
        }
        if (window.isEmpty()) {
            report.unmeasured("cpu_ms_per_command", "against a running stack the bench knows no process ids");
            return;
        }
        Map<String, Double> perCommand = window.get().perCommand(outcome.completed());
        report.put("cpu_ms_per_command", perCommand.values().stream().mapToDouble(Double::doubleValue).sum());
        report.breakdown("cpu_ms_per_command", perCommand);
        String why = cpuBound("command", perCommand, 1) + " The command-service's profile below shows where its share goes.";
        report.why("commands_per_s", why);
        report.why("command_floor_ratio", why);
        report.note("cpu_ms_per_command: CPU time (user + system, /proc/<pid>/stat) each process used during the closed "
                + "loop's measured window ÷ the commands it completed, summed; by process " + perCommand
                + " (PostgreSQL with every backend, Kafka's broker JVM; the bench's own client threads are not counted).");
    }

    /**
     * Open loops at rising rates (commands due on a fixed schedule, latency from when each was due):
     * the saturation point is the highest rate that keeps its schedule with p99 within
     * {@value #SATURATION_P99_MS} ms. Past the first rate that misses only the headline rates still run,
     * and a phase that falls behind reports that instead of its figures.
     */
    private void openLoops(CommandLoad load, CommandMix mix, String hr) throws Exception {
        Integer saturation = null;
        boolean saturated = false;
        try (FreshnessWatch freshness = new FreshnessWatch(http, queryService, hr,
                mix.actors().stream().map(CommandMix.Actor::employeeId).toList())) {
            for (int rate : OPEN_LOOP_RATES) {
                boolean headline = HEADLINE_RATES.contains(rate);
                if (saturated && !headline) {
                    continue;
                }
                log("open loop at " + rate + "/s" + (headline ? " with freshness" : ""));
                LiveUpdateDelay liveBefore = rate == 200 ? LiveUpdateDelay.read(queryService, adminToken()) : null;
                Optional<ProcessCpu> cpu = rate == 200 ? stack.processCpu() : Optional.empty();
                Map<String, Double> cpuBefore = cpu.map(ProcessCpu::sample).orElse(Map.of());
                Instant started = Instant.now();
                OpenPhase phase = headline ? openPhase(load, freshness, rate, settings.warmUp(), settings.measure())
                        : openPhase(load, freshness, rate, min(settings.warmUp(), STEP_WARM_UP), min(settings.measure(), STEP_MEASURE));
                if (liveBefore != null) {
                    reportLiveUpdateDelay(liveBefore, LiveUpdateDelay.read(queryService, adminToken()));
                }
                cpu.ifPresent(measured -> reportBusy(rate, cpuBefore, measured.sample(), Duration.between(started, Instant.now())));
                double p99 = Latencies.percentileMs(phase.outcome().latency(), 99);
                steps.add(new Charts.Step(rate, phase.outcome().achievedPerSecond(), p99, phase.outcome().fellBehind()));
                boolean within = !phase.outcome().fellBehind() && p99 <= SATURATION_P99_MS;
                if (within && !saturated) {
                    saturation = rate;
                }
                saturated |= !within;
                report.note(phase.describe());
                if (headline) {
                    reportHeadline(rate, phase);
                }
            }
        }
        if (saturation == null) {
            report.unmeasured("saturation_commands_per_s", "below " + OPEN_LOOP_RATES.get(0) + "/s: the lowest rate tried already missed");
        } else {
            report.put("saturation_commands_per_s", saturation);
        }
        report.note(String.format("saturation_commands_per_s: the highest of the open-loop rates %s that kept its schedule "
                + "(achieved ≥ 95 %% of the rate) with p99 latency ≤ %s ms; steps other than %s/s ran %d s after %d s warm-up.",
                OPEN_LOOP_RATES, Report.format(SATURATION_P99_MS), HEADLINE_RATES, min(settings.measure(), STEP_MEASURE).toSeconds(),
                min(settings.warmUp(), STEP_WARM_UP).toSeconds()));
    }

    /** An open-loop phase and the freshness of its commands. */
    private record OpenPhase(CommandLoad.OpenOutcome outcome, Histogram freshness, long alreadyVisible, long unseen, Duration measure) {

        String describe() {
            CommandLoad.OpenOutcome open = outcome;
            String figures = String.format("latency p50 %s ms, p99 %s ms, max %s ms; freshness p50 %s ms, p99 %s ms over %d samples, "
                            + "%d changes already visible before their 2xx (freshness ≤ 0, not in the percentiles), %d not seen within 5 s",
                    Report.format(Latencies.percentileMs(open.latency(), 50)), Report.format(Latencies.percentileMs(open.latency(), 99)),
                    Report.format(open.latency().getMaxValue() / 1000.0), Report.format(Latencies.percentileMs(freshness, 50)),
                    Report.format(Latencies.percentileMs(freshness, 99)), freshness.getTotalCount(), alreadyVisible, unseen);
            return String.format("Open loop at %d/s for %d s: achieved %.1f/s, %s, "
                            + "%d failed%s. %s", open.targetPerSecond(), measure.toSeconds(), open.achievedPerSecond(),
                    open.gaveUp() ? "the window's last command never sent" : "the window's last command answered " + open.lastLag().toMillis() + " ms after it was due",
                    open.failures(), open.firstFailure() == null ? "" : " (first: " + open.firstFailure() + ")",
                    open.fellBehind() ? "FELL BEHIND its schedule" + (open.gaveUp() ? " (abandoned once commands waited over 5 s to be sent)" : "")
                            + ": the service is saturated, so these figures measure a queue and are not valid: " + figures + "."
                            : "Kept its schedule: " + figures + ".");
        }
    }

    private OpenPhase openPhase(CommandLoad load, FreshnessWatch freshness, int rate, Duration warmUp, Duration measure)
            throws InterruptedException {
        CommandLoad.OpenOutcome outcome = load.openLoop(rate, warmUp, measure, freshness);
        TimeUnit.SECONDS.sleep(5);   // let the last commands of the window become visible
        return new OpenPhase(outcome, freshness.interval(), freshness.alreadyVisible(), freshness.unseen(), measure);
    }

    /**
     * What live updates add on top of the projection at 200/s: the commit → {@code LISTEN} hop through
     * PostgreSQL that carries every change to every query replica's streams (#17), the mean over the phase.
     */
    private void reportLiveUpdateDelay(LiveUpdateDelay before, LiveUpdateDelay after) {
        double mean = after.meanMsSince(before);
        if (Double.isNaN(mean)) {
            report.unmeasured("live_update_delay_mean_ms_at_200", "no change was heard over LISTEN during the phase");
            return;
        }
        report.put("live_update_delay_mean_ms_at_200", mean);
        report.note(String.format("live_update_delay_mean_ms_at_200: the query-service's careerledger.live.notification.delay timer "
                + "(from the commit that applied an event to its change heard over PostgreSQL LISTEN, the way every replica's "
                + "streams hear it) over the 200/s phase: %d changes, mean %s ms.", after.heardSince(before), Report.format(mean)));
    }

    /**
     * How busy the machine was during an open-loop phase: CPU time of the stack's processes over the phase ÷ the
     * cores' time. Queueing for a core is what lifts a p99 far above the p50 on a busy machine.
     */
    private void reportBusy(int rate, Map<String, Double> before, Map<String, Double> after, Duration took) {
        int cores = Runtime.getRuntime().availableProcessors();
        Map<String, Double> busy = new LinkedHashMap<>();
        after.forEach((name, ms) -> busy.put(name, Latencies.round(100.0 * (ms - before.getOrDefault(name, 0.0)) / (took.toMillis() * cores))));
        double total = busy.values().stream().mapToDouble(Double::doubleValue).sum();
        String why = String.format(java.util.Locale.ROOT, "during the %d/s phase the stack's processes kept the %d cores %.0f %% busy (%s %% "
                + "of all cores' time by process, with the 5 s after it and the bench's own clients not counted): a command or an event "
                + "that finds both cores taken waits for one, and the 99th percentile is such waits.", rate, cores, total, busy);
        for (String key : List.of("latency_p99_ms_at_200", "freshness_p50_ms", "freshness_p99_ms")) {
            report.why(key, why);
        }
    }

    private String adminToken() {
        return commandService.token("bench-admin", "ADMIN");
    }

    /** The report's keys of a headline rate: 200/s keeps the original key names. */
    private void reportHeadline(int rate, OpenPhase phase) {
        String suffix = rate == 200 ? "" : "_at_" + rate;
        String latencyKey = "latency_p99_ms_at_" + rate;
        List<String> freshnessKeys = List.of("freshness_p50_ms" + suffix, "freshness_p99_ms" + suffix);
        if (phase.outcome().fellBehind()) {
            String reason = String.format("fell behind: achieved %.1f/s of %d/s, so its latency and freshness measure a queue "
                    + "(see the open-loop note)", phase.outcome().achievedPerSecond(), rate);
            report.unmeasured(latencyKey, reason);
            freshnessKeys.forEach(key -> report.unmeasured(key, reason));
            return;
        }
        report.put(latencyKey, Latencies.percentileMs(phase.outcome().latency(), 99));
        latencyByPhase.put("open loop " + rate + "/s", phase.outcome().latency());
        if (phase.freshness().getTotalCount() == 0) {
            freshnessKeys.forEach(key -> report.unmeasured(key, "no change was first seen after its command's 2xx ("
                    + phase.alreadyVisible() + " already visible before it)"));
            return;
        }
        report.put(freshnessKeys.get(0), Latencies.percentileMs(phase.freshness(), 50));
        report.put(freshnessKeys.get(1), Latencies.percentileMs(phase.freshness(), 99));
        freshnessByPhase.put("ours, " + rate + "/s", phase.freshness());
    }

    /**
     * The floor peer: the same requests from the same {@value #CLOSED_LOOP_CLIENTS} closed-loop clients,
     * through the same HTTP server and JWT validation, each stored as one event-sized row (see {@link FloorPeer}).
     */
    private void floor(CommandMix mix) throws Exception {
        log("floor peer");
        String jdbcUrl = stack.createDatabase("bench_floor");
        CommandLoad.Outcome outcome;
        try (FloorPeer floor = FloorPeer.start(jdbcUrl, target.resolve("floor.log"), http)) {
            ServiceClient client = new ServiceClient(http, floor.url());
            outcome = steadyClosedLoop(new CommandLoad(client, new CommandMix(client, mix.actors())), CommandLoad.Window.NONE);
        }
        report.put("floor_per_s", outcome.perSecond());
        report.put("command_floor_ratio", report.get("commands_per_s") / outcome.perSecond());
        report.note(String.format("floor_per_s: the benchmark's command requests, same %d closed-loop clients and tokens, to a "
                        + "Spring Boot app of the bench (bench/.../floor, its own -Xmx512m JVM) with the services' web stack and "
                        + "resource-server security (service-support), storing each request as one row of a table shaped like "
                        + "domain_event_entry (one INSERT, synchronous_commit=on, database bench_floor on the same PostgreSQL); "
                        + "warm-up %d s, %d s measured, latency p50 %s ms, p99 %s ms, %d failed%s. command_floor_ratio = "
                        + "commands_per_s ÷ floor_per_s.", CLOSED_LOOP_CLIENTS, settings.warmUp().multipliedBy(3).toSeconds(),
                settings.measure().toSeconds(), Report.format(Latencies.percentileMs(outcome.latency(), 50)),
                Report.format(Latencies.percentileMs(outcome.latency(), 99)), outcome.failures(), failure(outcome)));
    }

    /**
     * Encryption on beside off, measured alike: the stack's command-service (encryption on, the default)
     * and a second replica beside it that stores personal fields as plaintext
     * ({@code careerledger.personal-data.encryption=false}), each warmed up three times as long as the
     * other phases (the replica is a fresh JVM), then a closed loop and an open loop at
     * {@value #COMPARISON_RATE}/s, below saturation on two cores, so freshness measures the pipe and not a queue.
     * Answers the stack's own figures, which the axon_defaults peer is set beside.
     */
    private Comparison withoutEncryption(CommandMix mix, String hr) throws Exception {
        log("encryption on at " + COMPARISON_RATE + "/s");
        Comparison on = compared(commandService, queryService, mix, hr);
        var replica = stack.plaintextCommandService();
        if (replica.isEmpty()) {
            report.note("Encryption off: not measured against a running stack (the bench starts the plaintext replica itself).");
            return on;
        }
        try (var plaintext = replica.get()) {
            log("encryption off at " + COMPARISON_RATE + "/s");
            ServiceClient service = new ServiceClient(http, plaintext.url());
            Comparison off = compared(service, queryService, new CommandMix(service, mix.actors()), hr);
            report.put("commands_per_s_encrypted", on.commandsPerSecond());
            report.put("commands_per_s_plaintext", off.commandsPerSecond());
            report.put("freshness_p50_ms_encrypted", on.freshnessP50());
            report.put("freshness_p50_ms_plaintext", off.freshnessP50());
            report.put("freshness_p99_ms_plaintext", off.freshnessP99());
            report.put("encryption_throughput_ratio", on.commandsPerSecond() / off.commandsPerSecond());
            report.put("encryption_freshness_p50_ratio", on.freshnessP50() / off.freshnessP50());
            report.note(String.format("Encryption, measured alike (warm-up %d s, closed loops of %d clients until two in a row agree within 10 %%, then open loop at %d/s): "
                            + "commands/s %.1f on / %.1f off; freshness p50 %s / %s ms, p99 %s / %s ms. "
                            + "encryption_throughput_ratio and encryption_freshness_p50_ratio are on ÷ off; the target is within 10 %%.",
                    settings.warmUp().multipliedBy(3).toSeconds(), CLOSED_LOOP_CLIENTS, COMPARISON_RATE,
                    on.commandsPerSecond(), off.commandsPerSecond(), Report.format(on.freshnessP50()), Report.format(off.freshnessP50()),
                    Report.format(on.freshnessP99()), Report.format(off.freshnessP99())));
            throughput.add(new Charts.Throughput("ours, plaintext replica", storedEvents(), off.commandsPerSecond()));
        }
        return on;
    }

    /**
     * Closed loops after the warm-up until two in a row agree within 10 % (at most {@value #STEADY_TRIES}): a
     * replica started for the comparison is a fresh JVM whose JIT compiler still takes much of a core for
     * a minute or more, and a single loop compared it, still compiling, with a warm service.
     */
    /**
     * Closed loops of {@value #CLOSED_LOOP_CLIENTS} clients after a long warm-up, each {@link #steadyWindow()} long,
     * until two in a row agree within 10 % (a JVM still compiling or a backlog still draining gives a lower first
     * figure); the last one counts, and {@code window} is told of each loop's measured window.
     */
    private CommandLoad.Outcome steadyClosedLoop(CommandLoad load, CommandLoad.Window window) throws InterruptedException {
        CommandLoad.Outcome last = load.closedLoop(CLOSED_LOOP_CLIENTS, settings.warmUp().multipliedBy(3), steadyWindow(), window);
        for (int tries = 1; tries < STEADY_TRIES; tries++) {
            CommandLoad.Outcome next = load.closedLoop(CLOSED_LOOP_CLIENTS, Duration.ZERO, steadyWindow(), window);
            boolean steady = Math.abs(next.perSecond() - last.perSecond()) <= 0.1 * last.perSecond();
            last = next;
            if (steady) {
                break;
            }
        }
        return last;
    }

    private Duration steadyWindow() {
        return min(settings.measure(), STEP_MEASURE);
    }

    /** A closed loop, then an open loop at {@value #COMPARISON_RATE}/s whose freshness the open loop's query-service shows. */
    private record Comparison(double commandsPerSecond, Histogram freshness, CommandLoad.OpenOutcome open) {

        double freshnessP50() {
            return open.fellBehind() ? Double.NaN : Latencies.percentileMs(freshness, 50);
        }

        double freshnessP99() {
            return open.fellBehind() ? Double.NaN : Latencies.percentileMs(freshness, 99);
        }
    }

    private Comparison compared(ServiceClient service, ServiceClient readSide, CommandMix mix, String hr) throws Exception {
        CommandLoad load = new CommandLoad(service, mix);
        CommandLoad.Outcome closed = steadyClosedLoop(load, CommandLoad.Window.NONE);
        try (FreshnessWatch freshness = new FreshnessWatch(http, readSide, hr,
                mix.actors().stream().map(CommandMix.Actor::employeeId).toList())) {
            CommandLoad.OpenOutcome open = load.openLoop(COMPARISON_RATE, settings.warmUp(), settings.measure(), freshness);
            TimeUnit.SECONDS.sleep(5);   // let the last commands of the window become visible
            return new Comparison(closed.perSecond(), freshness.interval(), open);
        }
    }

    /**
     * The axon_defaults peer (see {@link BenchStack#axonDefaults}): seeded with the benchmark's actors and
     * their history in its own event store, its backlog published (catch-up), then measured as ours was
     * at {@value #COMPARISON_RATE}/s, its freshness through its own query-service.
     */
    private void axonDefaults(CommandMix mix, String hr, Comparison ours) throws Exception {
        List<String> keys = List.of("axon_defaults_commands_per_s", "axon_defaults_freshness_p50_ms", "axon_defaults_catch_up_events_per_s");
        if (!stack.launchesProcesses()) {
            keys.forEach(key -> report.unmeasured(key, "against a running stack the bench starts no peer"));
            return;
        }
        log("axon_defaults peer");
        String commandDatabase = "bench_axon_defaults_command";
        String jdbcUrl = stack.createDatabase(commandDatabase);
        stack.createDatabase("bench_axon_defaults_query");
        try (BenchStack.AxonDefaults peer = stack.axonDefaults(commandDatabase, "bench_axon_defaults_query", AXON_DEFAULTS_TOPIC).orElseThrow()) {
            ServiceClient command = new ServiceClient(http, peer.command().url());
            ServiceClient query = new ServiceClient(http, peer.query().url());
            TopicReading peerTopic = new TopicReading(stack.kafkaBootstrap(), AXON_DEFAULTS_TOPIC);
            publishFramework(command, hr);
            awaitPublished(peerTopic, storedEvents(jdbcUrl), Instant.now().plus(CATCH_UP_LIMIT));
            BenchSettings actorsOnly = new BenchSettings(ACTORS + 1, settings.eventsPerEmployee(), settings.eventsPerEmployee(),
                    Duration.ZERO, Duration.ZERO, settings.seed(), false);
            EventStoreSeeder.Seeded seeded = new EventStoreSeeder(jdbcUrl).seed(new SyntheticOrganisation(actorsOnly));
            Instant start = Instant.now();
            long stored = storedEvents(jdbcUrl);
            long published = awaitPublished(peerTopic, stored, start.plus(CATCH_UP_LIMIT));
            Duration took = Duration.between(start, Instant.now());
            long backlogPublished = seeded.events() - (stored - published);
            report.put("axon_defaults_catch_up_events_per_s", backlogPublished / seconds(took));
            Instant projected = Instant.now().plus(CATCH_UP_LIMIT);
            while (peerTopic.lag(AXON_DEFAULTS_TOPIC) > 0 && Instant.now().isBefore(projected)) {
                TimeUnit.MILLISECONDS.sleep(500);
            }
            Comparison theirs = compared(command, query, new CommandMix(command, mix.actors()), hr);
            report.put("axon_defaults_commands_per_s", theirs.commandsPerSecond());
            report.put("axon_defaults_freshness_p50_ms", theirs.freshnessP50());
            report.put("commands_vs_axon_defaults", ours.commandsPerSecond() / theirs.commandsPerSecond());
            report.put("freshness_p50_vs_axon_defaults", theirs.freshnessP50() / ours.freshnessP50());
            if (Double.isNaN(theirs.freshnessP50())) {
                report.unmeasured("axon_defaults_freshness_p50_ms", "its open loop at " + COMPARISON_RATE + "/s fell behind or saw no change after a 2xx");
            } else {
                freshnessByPhase.put("axon_defaults, " + COMPARISON_RATE + "/s", theirs.freshness());
            }
            if (!Double.isNaN(ours.freshnessP50())) {
                freshnessByPhase.put("ours, " + COMPARISON_RATE + "/s", ours.freshness());
            }
            throughput.add(new Charts.Throughput("axon_defaults, closed loop", storedEvents(jdbcUrl), theirs.commandsPerSecond()));
            report.note(String.format("axon_defaults: the same command-service jar started beside the stack's with %s, its own database "
                            + "(%s) and topic (%s), and a query-service of its own projecting that topic; seeded with the %d actors' "
                            + "organisation (%,d events). Catch-up: %,d of the seeded events published to its topic in %d s%s. Measured "
                            + "like ours: closed loop of %d clients after %d s warm-up: %.1f commands/s (ours %.1f); open loop at %d/s: "
                            + "freshness p50 %s ms, p99 %s ms (ours at the same rate: %s / %s ms), achieved %.1f/s. Our publication of "
                            + "the seeded backlog ran at %s events/s.",
                    String.join(" ", peer.properties()), commandDatabase, AXON_DEFAULTS_TOPIC,
                    ACTORS, seeded.events(), backlogPublished, took.toSeconds(),
                    published < stored ? String.format(" (gave up after %d s with %,d unpublished)", CATCH_UP_LIMIT.toSeconds(), stored - published) : "",
                    CLOSED_LOOP_CLIENTS, settings.warmUp().multipliedBy(3).toSeconds(), theirs.commandsPerSecond(), ours.commandsPerSecond(),
                    COMPARISON_RATE, Report.format(theirs.freshnessP50()), Report.format(theirs.freshnessP99()),
                    Report.format(ours.freshnessP50()), Report.format(ours.freshnessP99()), theirs.open().achievedPerSecond(),
                    Report.format(publicationEventsPerSecond)));
        }
    }

    /** Waits until the topic holds {@code events} records or the deadline passes; answers how many it holds. */
    private static long awaitPublished(TopicReading topic, long events, Instant deadline) throws Exception {
        long published = topic.endOffsets();
        while (published < events && Instant.now().isBefore(deadline)) {
            TimeUnit.MILLISECONDS.sleep(250);
            published = topic.endOffsets();
        }
        return published;
    }

    private void longHistory() {
        log("command on the person with the long history, and on a person with an ordinary one");
        Timed longHistory = timedCommands(0);
        // a person no load of the run touched: their history is the ordinary seeded one
        Timed fresh = timedCommands(ACTORS + 1);
        report.put("long_history_command_ms", Latencies.percentileMs(longHistory.latency(), 50));
        report.put("long_history_first_command_ms", longHistory.firstMs());
        report.put("fresh_person_command_ms", Latencies.percentileMs(fresh.latency(), 50));
        report.put("long_history_extra_ms", Latencies.percentileMs(longHistory.latency(), 50) - Latencies.percentileMs(fresh.latency(), 50));
        report.note(String.format("long_history_command_ms: median of %d goal-progress commands, one at a time, on the person "
                        + "with %,d past events, after 5 warm-up commands (p99 %s ms); long_history_first_command_ms: the very "
                        + "first command on them after seeding (the snapshot written after the import and the events since). fresh_person_command_ms: the same "
                        + "commands on a person with the ordinary %d seeded events that no earlier phase touched (first %s ms, p99 %s ms).",
                LONG_HISTORY_COMMANDS, settings.longHistoryEvents(), Report.format(Latencies.percentileMs(longHistory.latency(), 99)),
                settings.eventsPerEmployee(), Report.format(fresh.firstMs()), Report.format(Latencies.percentileMs(fresh.latency(), 99))));
    }

    /** The first command's time, then the latency of {@value #LONG_HISTORY_COMMANDS} after 5 warm-up ones. */
    private record Timed(double firstMs, Histogram latency) {
    }

    private Timed timedCommands(int person) {
        String employeeId = SyntheticOrganisation.employeeId(person);
        String token = commandService.token(employeeId, "EMPLOYEE");
        Latencies latencies = new Latencies();
        long first = 0;
        for (int i = 0; i <= LONG_HISTORY_COMMANDS + 5; i++) {
            long start = System.nanoTime();
            commandService.post("/api/employees/" + employeeId + "/goals/" + SyntheticOrganisation.openGoalId(person) + "/progress", token,
                    Map.of("percentComplete", i % 100, "note", "Timed command " + i));
            long took = System.nanoTime() - start;
            if (i == 0) {
                first = took;
            } else if (i > 5) {
                latencies.recordNanos(took);
            }
        }
        return new Timed(Latencies.round(first / 1e6), latencies.interval());
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

    /** A rebuild of every read model from the topic, with the CPU each process spent per event and the query-service's profile. */
    private void rebuild(ReadSide readSide) throws Exception {
        log("raw consumer read of the topic");
        report.put("raw_consume_events_per_s", topic.rawConsumeRate());
        log("read-model rebuild");
        Optional<ProcessCpu> cpu = stack.processCpu();
        Map<String, Double> before = cpu.map(ProcessCpu::sample).orElse(Map.of());
        Optional<ProcessHandle> queryJvm = profiler == null ? Optional.empty() : stack.service("query-service");
        if (queryJvm.isPresent()) {
            profiler.start(queryJvm.get());
        }
        ReadSide.RebuildOutcome outcome = readSide.rebuild(Duration.ofMinutes(15));
        if (queryJvm.isPresent()) {
            report.profile(CpuProfile.summarise("query-service", String.format("rebuild of %,d events", outcome.events()),
                    profiler.stop(queryJvm.get(), "query-service-rebuild")));
        }
        report.put("rebuild_events_per_s", outcome.eventsPerSecond());
        String perThousand = "";
        if (cpu.isPresent()) {
            Map<String, Double> cpuPerThousand = ProcessCpu.perCommand(before, cpu.get().sample(), Math.max(1, outcome.events() / 1_000));
            perThousand = "; CPU ms per 1,000 events by process: " + cpuPerThousand;
            report.why("rebuild_events_per_s", cpuBound("event", cpuPerThousand, 1_000) + " The query-service's profile of the rebuild below.");
        }
        report.note(String.format("Rebuild: POST /api/admin/rebuilds, %,d events in %d s, final state %s%s; "
                        + "raw_consume_events_per_s: a plain KafkaConsumer (byte arrays, read_committed) reading the whole topic.",
                outcome.events(), outcome.took().toSeconds(), outcome.state(), perThousand));
    }

    /** Draws the charts under {@code charts/} beside the report, and lists those that had figures to draw. */
    private void charts() throws java.io.IOException {
        log("charts");
        Path charts = target.resolve("charts");
        if (Charts.latencyPercentiles(charts.resolve("latency.png"), "Command latency (phases that kept their schedule)", latencyByPhase)) {
            report.chart("Command latency percentiles", "charts/latency.png");
        }
        if (Charts.saturation(charts.resolve("saturation.png"), steps)) {
            report.chart("Open loop: p99 latency against rate", "charts/saturation.png");
        }
        if (Charts.distribution(charts.resolve("freshness.png"), "Freshness: command 2xx to visible on the read side", freshnessByPhase)) {
            report.chart("Freshness distribution", "charts/freshness.png");
        }
        if (Charts.throughput(charts.resolve("throughput.png"), throughput)) {
            report.chart("Commands/s against stored events", "charts/throughput.png");
        }
        Map<String, Map<String, Double>> bySize = new LinkedHashMap<>();
        for (long size : List.of(settings.eventsOf(settings.firstSizeEmployees()), settings.totalEvents())) {
            Map<String, Double> figures = new LinkedHashMap<>();
            Report.SIZED_FIGURES.forEach(figure -> figures.put(figure, report.get(figure + "_at_" + BenchSettings.sizeLabel(size))));
            bySize.putIfAbsent(String.format("%,d stored events", size), figures);
        }
        if (Charts.groupedBars(charts.resolve("no-wall.png"), "No wall: the same figures at each stored-events size", "ms", bySize)) {
            report.chart("No wall: latency, freshness and dashboard p99 at each size", "charts/no-wall.png");
        }
        Map<String, Double> peersThroughput = new LinkedHashMap<>();
        peersThroughput.put("ours", report.get("commands_per_s"));
        peersThroughput.put("axon_defaults", report.get("axon_defaults_commands_per_s"));
        peersThroughput.put("floor", report.get("floor_per_s"));
        if (Charts.bars(charts.resolve("peers-throughput.png"), "Peers: commands/s, " + CLOSED_LOOP_CLIENTS + " closed-loop clients",
                "commands/s", peersThroughput)) {
            report.chart("Peers side by side: commands/s", "charts/peers-throughput.png");
        }
        Map<String, Double> peersFreshness = new LinkedHashMap<>();
        peersFreshness.put("ours", report.get("freshness_p50_ms_encrypted"));
        peersFreshness.put("axon_defaults", report.get("axon_defaults_freshness_p50_ms"));
        if (Charts.bars(charts.resolve("peers-freshness.png"), "Peers: freshness p50 at " + COMPARISON_RATE + "/s", "ms", peersFreshness)) {
            report.chart("Peers side by side: freshness p50", "charts/peers-freshness.png");
        }
    }

    private static Duration min(Duration one, Duration other) {
        return one.compareTo(other) <= 0 ? one : other;
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
