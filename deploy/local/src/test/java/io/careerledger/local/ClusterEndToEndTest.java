package io.careerledger.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;

/**
 * The stack as a cluster: two replicas of each service under the supervising launcher, on loopback.
 * Faults (kill -9 of the broker, of a query replica, of a command replica) during bounded bursts lose
 * nothing; the launcher restarts what died; killed itself, it leaves nothing running. Runs last: its
 * final test kills the launcher.
 */
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterEndToEndTest {

    private static final String TOPIC = "career.events.v1";
    private static final int PARTITIONS = 6;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RestClient CLIENT = RunningStack.client("http://localhost");

    private final CareerLedgerServices services = RunningStack.services();

    /** The demo organisation publishes the framework everyone here is registered on. */
    @BeforeAll
    static void aPublishedFramework() {
        new DemoOrganisation(RunningStack.services().commandServiceUrl()).seed();
    }

    private final String hr = RunningStack.token("hr-cluster", "HR");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void everyComponentIsAChildOfTheLauncherAndCommitsAreDurable() throws SQLException {
        for (String component : List.of("postgres", "kafka", "command-service-1", "command-service-2", "query-service-1", "query-service-2")) {
            assertThat(RunningStack.stack().component(component).isAlive()).as(component).isTrue();
        }
        assertThat(services.commandServiceUrls()).hasSize(2).doesNotHaveDuplicates();
        assertThat(services.queryServiceUrls()).hasSize(2).doesNotHaveDuplicates();
        try (Connection connection = DriverManager.getConnection(RunningStack.database("command_service"), "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            try (ResultSet server = statement.executeQuery("SELECT setting FROM pg_settings WHERE name = 'synchronous_commit'")) {
                server.next();
                assertThat(server.getString(1)).as("the server's own default").isEqualTo("on");
            }
        }
    }

    @Test
    @Order(2)
    void aStreamOnEitherQueryReplicaReceivesEveryChangeWhicheverReplicaConsumedIt() throws Exception {
        List<String> employees = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            employees.add(register(services.commandServiceUrls().get(i % 2), "Watched " + i));
        }
        awaitEmployees(employees);
        Map<String, List<String>> streams = new HashMap<>();
        for (String employee : employees) {
            for (int replica = 0; replica < 2; replica++) {
                streams.put(employee + "@" + replica, stream(services.queryServiceUrls().get(replica) + "/api/employees/" + employee + "/live"));
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> streams.values().stream().noneMatch(List::isEmpty));

        // 200 commands/s for 3 s: a goal, then progress, for the watched employees through both command replicas
        Map<String, Instant> acceptedAt = new ConcurrentHashMap<>();
        Map<String, String> goals = new HashMap<>();
        employees.forEach(employee -> goals.put(employee, setGoal(services.commandServiceUrl(), employee)));
        Instant start = Instant.now();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            int n = i;
            Instant due = start.plusMillis(n * 5L);
            sent.add(senders.submit(() -> {
                pauseUntil(due);
                String employee = employees.get(n % employees.size());
                String commandService = services.commandServiceUrls().get(n % 2);
                int status = post(commandService, "/api/employees/" + employee + "/goals/" + goals.get(employee) + "/progress",
                        employee, "EMPLOYEE", Map.of("percentComplete", n % 101, "note", "step " + n));
                if (status / 100 == 2) {
                    acceptedAt.put(employee + "#" + n, Instant.now());
                }
            }));
        }
        for (Future<?> future : sent) {
            future.get(2, TimeUnit.MINUTES);
        }
        senders.shutdown();
        assertThat(acceptedAt).hasSizeGreaterThan(500);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String employee : employees) {
                long expected = acceptedAt.keySet().stream().filter(key -> key.startsWith(employee + "#")).count();
                for (int replica = 0; replica < 2; replica++) {
                    assertThat(streams.get(employee + "@" + replica).stream().filter(line -> line.startsWith("data:")
                            && line.contains("GoalProgressRecorded")).count())
                            .as("changes of %s heard on query replica %d", employee, replica + 1).isGreaterThanOrEqualTo(expected);
                }
            }
        });
        for (int replica = 0; replica < 2; replica++) {
            String metrics = get(services.queryServiceUrls().get(replica) + "/actuator/prometheus");
            System.out.printf("[cluster] live updates on query replica %d, commit to LISTEN (NOTIFY delay): p50 %s ms, p99 %s ms, mean %.1f ms over %s%n",
                    replica + 1, quantileMillis(metrics, "0.5"), quantileMillis(metrics, "0.99"), meanMillis(metrics),
                    metricValue(metrics, "careerledger_live_notification_delay_seconds_count"));
            assertThat(Double.parseDouble(metricValue(metrics, "careerledger_live_notification_delay_seconds_count"))).isPositive();
        }
    }

    @Test
    @Order(3)
    void killingTheBrokerDuringABurstLosesNothingAndTheLauncherRestartsIt() throws Exception {
        long before = RunningStack.stack().component("kafka").pid();
        Burst burst = burst(30, () -> RunningStack.stack().component("kafka").destroyForcibly());
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> RunningStack.stack().component("kafka").pid() != before);
        assertNothingLost(burst);
    }

    @Test
    @Order(4)
    void killingAQueryReplicaDuringABurstLosesNothingAndItsPartitionsAreConsumedAgainWithinTenSeconds() throws Exception {
        String victim = "query-service-2";
        List<Integer> held = new ArrayList<>();
        await().atMost(Duration.ofMinutes(2)).ignoreExceptions().untilAsserted(() -> {
            held.clear();
            held.addAll(heldPartitions(services.queryServiceUrls().get(1)));
            assertThat(held).as("two replicas share the partitions").isNotEmpty().hasSizeLessThan(PARTITIONS);
        });
        List<String> probes = new ArrayList<>();
        for (int i = 0; probes.size() < held.size(); i++) {
            String registered = register(services.commandServiceUrl(), "Failover " + i);
            if (held.contains(partitionOf(registered)) && probes.stream().map(ClusterEndToEndTest::partitionOf).noneMatch(p -> p == partitionOf(registered))) {
                probes.add(registered);
            }
        }
        awaitEmployees(probes);
        long pid = RunningStack.stack().component(victim).pid();

        // mid-burst: kill -9, then one goal per partition it held; the failover is how long until all are visible
        CompletableFuture<Duration> failover = new CompletableFuture<>();
        Burst burst = burst(30, () -> {
            Instant killed = Instant.now();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            CompletableFuture.runAsync(() -> {
                Map<String, String> goals = new HashMap<>();
                probes.forEach(employee -> goals.put(employee, setGoal(services.commandServiceUrl(), employee)));
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> probes.stream().allMatch(employee ->
                        get(services.queryServiceUrl() + "/api/employees/" + employee + "/dashboard", hr).contains(goals.get(employee))));
                failover.complete(Duration.between(killed, Instant.now()));
            }).exceptionally(failed -> {
                failover.completeExceptionally(failed);
                return null;
            });
        });
        Duration measured = failover.get(2, TimeUnit.MINUTES);
        System.out.printf("[cluster] failover: events on the killed query replica's partitions %s visible again %d ms after kill -9%n",
                held, measured.toMillis());
        assertThat(measured).isLessThan(Duration.ofSeconds(10));
        assertNothingLost(burst);
        assertThat(RunningStack.stack().component(victim).pid()).as("restarted by the launcher").isNotEqualTo(pid);
    }

    @Test
    @Order(5)
    void killingACommandReplicaDuringABurstLosesNothing() throws Exception {
        long before = RunningStack.stack().component("command-service-2").pid();
        Burst burst = burst(30, () -> RunningStack.stack().component("command-service-2").destroyForcibly());
        assertNothingLost(burst);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> RunningStack.stack().component("command-service-2").pid() != before);
    }

    @Test
    @Order(6)
    void fiftyConcurrentConflictingCommandsAcrossBothCommandReplicasGetNoServerErrorAndEveryAcceptedOneLandsOnce() throws Exception {
        await().atMost(Duration.ofMinutes(4)).until(() -> services.commandServiceUrls().stream().allMatch(this::ready));
        String employee = register(services.commandServiceUrl(), "Contended");
        String goal = setGoal(services.commandServiceUrl(), employee);
        String token = RunningStack.token(employee, "EMPLOYEE");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(50);
        List<Future<ResponseEntity<Void>>> sent = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            sent.add(senders.submit(() -> {
                start.await();
                return RunningStack.client(services.commandServiceUrls().get(n % 2)).post()
                        .uri("/api/employees/" + employee + "/goals/" + goal + "/progress").headers(h -> h.setBearerAuth(token))
                        .contentType(MediaType.APPLICATION_JSON).body(Map.of("percentComplete", n, "note", "contended " + n))
                        .retrieve().toBodilessEntity();
            }));
        }
        start.countDown();
        List<Integer> answers = new ArrayList<>();
        List<Long> acknowledged = new ArrayList<>(); // the sequence number each 2xx's ETag names
        for (Future<ResponseEntity<Void>> answer : sent) {
            ResponseEntity<Void> response = answer.get(2, TimeUnit.MINUTES);
            answers.add(response.getStatusCode().value());
            if (response.getStatusCode().is2xxSuccessful()) {
                acknowledged.add(Long.parseLong(response.getHeaders().getETag().replace("\"", "").replace("W/", "")));
            }
        }
        senders.shutdown();
        System.out.printf("[cluster] 50 conflicting commands: %s%n", answers.stream().collect(
                java.util.stream.Collectors.groupingBy(status -> status, java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        assertThat(answers).allMatch(status -> status / 100 == 2 || status == 409);
        // each command's note differs, so each accepted one is an event of its own: none lost, none doubled, none refused yet stored
        assertThat(acknowledged).isNotEmpty().doesNotHaveDuplicates();
        assertThat(storedSequences(employee, "io.careerledger.events.GoalProgressRecorded")).containsExactlyInAnyOrderElementsOf(acknowledged);
    }

    @Test
    @Order(7)
    void theLauncherKilledLeavesNothingRunning() throws Exception {
        LauncherProcesses processes = LauncherProcesses.of(RunningStack.stack());
        assertThat(processes.descendants()).hasSizeGreaterThanOrEqualTo(6);

        RunningStack.stack().launcher().destroyForcibly();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(processes.running()).isEmpty());
    }

    // --- a burst of commands with a fault in the middle, and what must hold afterwards

    /** @param accepted each 2xx command: the aggregate and the version its ETag named */
    private record Burst(Set<String> employees, List<Map.Entry<String, Long>> accepted) {
    }

    /** Per employee: registration, a goal, three progress steps; through both command replicas, switching on a refused connection. */
    private Burst burst(int employees, Runnable fault) throws Exception {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        List<Map.Entry<String, Long>> accepted = new CopyOnWriteArrayList<>();
        AtomicInteger serverErrors = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(6);
        List<Future<?>> work = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        for (int i = 0; i < employees; i++) {
            int n = i;
            work.add(senders.submit(() -> {
                String employee = UUID.randomUUID().toString();
                ids.add(employee);
                String goal = UUID.randomUUID().toString();
                List<Map.Entry<String, Object>> steps = List.of(
                        Map.entry("/api/employees", registration(employee, "Burst " + n)),
                        Map.entry("/api/employees/" + employee + "/goals", goal(goal)),
                        Map.entry("/api/employees/" + employee + "/goals/" + goal + "/progress", Map.of("percentComplete", 30)),
                        Map.entry("/api/employees/" + employee + "/goals/" + goal + "/progress", Map.of("percentComplete", 60)),
                        Map.entry("/api/employees/" + employee + "/goals/" + goal + "/progress", Map.of("percentComplete", 90)));
                for (int step = 0; step < steps.size(); step++) {
                    boolean asHr = step == 0;
                    String path = steps.get(step).getKey();
                    Object body = steps.get(step).getValue();
                    await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
                        for (String commandService : services.commandServiceUrls()) {
                            try {
                                var answer = RunningStack.client(commandService).post().uri(path)
                                        .headers(h -> h.setBearerAuth(asHr ? hr : RunningStack.token(employee, "EMPLOYEE")))
                                        .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
                                if (answer.getStatusCode().is5xxServerError()) {
                                    serverErrors.incrementAndGet();
                                }
                                if (answer.getStatusCode().is2xxSuccessful()) {
                                    accepted.add(Map.entry(employee, Long.parseLong(answer.getHeaders().getETag().replace("\"", "").replace("W/", ""))));
                                    return true;
                                }
                            } catch (ResourceAccessException refusedOrCut) {
                                // that replica is down: the other one takes it
                            }
                        }
                        return false;
                    });
                    if (done.incrementAndGet() == employees * steps.size() / 2) {
                        fault.run();
                    }
                }
            }));
        }
        try {
            for (Future<?> future : work) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(serverErrors).hasValue(0);
        return new Burst(ids, accepted);
    }

    /**
     * Every 2xx command's event is stored; every stored event is on the topic once, in each aggregate's order,
     * and projected exactly once; the read models equal a rebuild from the topic.
     */
    private void assertNothingLost(Burst burst) throws Exception {
        Map<String, Long> stored = new HashMap<>(); // event id -> sequence
        Map<String, Set<Long>> sequences = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(RunningStack.database("command_service"), "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet events = statement.executeQuery("SELECT event_identifier, aggregate_identifier, sequence_number FROM domain_event_entry"
                     + " WHERE aggregate_identifier IN (" + quoted(burst.employees()) + ")")) {
            while (events.next()) {
                stored.put(events.getString(1), events.getLong(3));
                sequences.computeIfAbsent(events.getString(2), id -> new HashSet<>()).add(events.getLong(3));
            }
        }
        for (Map.Entry<String, Long> accepted : burst.accepted()) {
            assertThat(sequences.getOrDefault(accepted.getKey(), Set.of())).as("the event a 2xx acknowledged").contains(accepted.getValue());
        }
        assertThat(stored).hasSizeGreaterThanOrEqualTo(burst.accepted().size());

        Map<String, Integer> published = new HashMap<>();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            published.clear();
            published.putAll(publishedInOrder(burst.employees()));
            assertThat(published.keySet()).containsAll(stored.keySet());
        });
        assertThat(published).as("times each ce_id is on the topic").allSatisfy((id, count) -> assertThat(count).isOne());
        System.out.printf("[cluster] %d events stored, all on the topic once, in per-aggregate order%n", stored.size());

        String queryService = readyQueryService();
        String active = activeGeneration();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(queryCount(active, "applied_event", "event_id", stored.keySet())).isEqualTo(stored.size()));
        assertThat(queryCount(active, "audit_event", "event_id", stored.keySet())).as("projected exactly once").isEqualTo(stored.size());

        assertThat(post(queryService, "/api/admin/rebuilds", hr, Map.of())).isEqualTo(202);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(queryService + "/api/admin/rebuilds/current", hr).contains("\"state\":\"SWITCHED\""));
        String rebuilt = activeGeneration();
        assertThat(rebuilt).isNotEqualTo(active);
        String ofBurst = " WHERE employee_id IN (" + quoted(burst.employees()) + ")";
        assertThat(differences("employee_view", "employee_id, full_name, email, manager_id, framework_id, framework_version, track_id,"
                + " level, level_since, hire_date, registered_at, offboarded_on", ofBurst, active, rebuilt)).isZero();
        assertThat(differences("goal_progress", "employee_id, goal_id, title, due_date, percent_complete, status", ofBurst, active, rebuilt)).isZero();
        assertThat(differences("audit_event", "event_id, event_type, subject, occurred_at, actor_id, payload::text, metadata::text",
                " WHERE subject IN (" + quoted(burst.employees()) + ")", active, rebuilt)).isZero();
    }

    /** ce_id -> how often it is on the topic; asserts each aggregate's events come in their order (a re-sent one repeats an earlier). */
    private static Map<String, Integer> publishedInOrder(Set<String> employees) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Long> lastSequence = new HashMap<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningStack.kafkaBootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream().map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(500))) {
                    CloudEvent event = record.value();
                    if (!employees.contains(event.getSubject())) {
                        continue;
                    }
                    if (counts.merge(event.getId(), 1, Integer::sum) == 1) {
                        long sequence = Long.parseLong(String.valueOf(event.getExtension("aggregatesequence")));
                        Long previous = lastSequence.put(event.getSubject(), sequence);
                        assertThat(previous == null || previous < sequence).as("order of %s's events", event.getSubject()).isTrue();
                    }
                }
            }
        }
        return counts;
    }

    // --- helpers

    private String register(String commandService, String name) {
        String employee = UUID.randomUUID().toString();
        var answer = RunningStack.client(commandService).post().uri("/api/employees").headers(h -> h.setBearerAuth(hr))
                .contentType(MediaType.APPLICATION_JSON).body(registration(employee, name)).retrieve().toBodilessEntity();
        assertThat(answer.getStatusCode().is2xxSuccessful()).as("registration of " + name).isTrue();
        return employee;
    }

    private static Map<String, Object> registration(String employee, String name) {
        return Map.of("employeeId", employee, "fullName", name, "email", employee.substring(0, 8) + "@cluster.example",
                "frameworkId", DemoOrganisation.FRAMEWORK, "level", 2, "hireDate", "2024-01-15");
    }

    private static Map<String, Object> goal(String goal) {
        return Map.of("goalId", goal, "title", "Run the architecture guild",
                "measure", "Six guild sessions held with minutes published", "dueDate", "2030-06-30");
    }

    private String setGoal(String commandService, String employee) {
        String goal = UUID.randomUUID().toString();
        assertThat(post(commandService, "/api/employees/" + employee + "/goals", employee, "EMPLOYEE", goal(goal)) / 100).isEqualTo(2);
        return goal;
    }

    private int post(String baseUrl, String path, String subject, String role, Object body) {
        return post(baseUrl, path, RunningStack.token(subject, role), body);
    }

    private static int post(String baseUrl, String path, String token, Object body) {
        return RunningStack.client(baseUrl).post().uri(path).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity().getStatusCode().value();
    }

    private void awaitEmployees(List<String> employees) {
        await().atMost(Duration.ofSeconds(60)).until(() -> employees.stream().allMatch(employee ->
                RunningStack.client(services.queryServiceUrl()).get().uri("/api/employees/{id}", employee).headers(h -> h.setBearerAuth(hr))
                        .retrieve().toBodilessEntity().getStatusCode().value() == 200));
    }

    private String get(String url) {
        return get(url, null);
    }

    private String get(String url, String token) {
        return CLIENT.get().uri(url).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
        }).retrieve().body(String.class);
    }

    private boolean ready(String baseUrl) {
        try {
            return RunningStack.client(baseUrl).get().uri("/actuator/health/readiness").retrieve().toBodilessEntity().getStatusCode().value() == 200;
        } catch (ResourceAccessException down) {
            return false;
        }
    }

    /** A query replica that is up now (the other may be restarting after a fault). */
    private String readyQueryService() {
        List<String> ready = new ArrayList<>();
        await().atMost(Duration.ofMinutes(3)).until(() -> {
            services.queryServiceUrls().stream().filter(this::ready).findFirst().ifPresent(ready::add);
            return !ready.isEmpty();
        });
        return ready.get(0);
    }

    private List<Integer> heldPartitions(String queryService) {
        JsonNode readiness = JSON.readTree(get(queryService + "/actuator/health/readiness", hr));
        List<Integer> held = new ArrayList<>();
        readiness.path("components").path("partitionAssignment").path("details").path("partitions")
                .forEach(partition -> held.add(Integer.parseInt(partition.asString().substring(TOPIC.length() + 1))));
        return held;
    }

    private static int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    private List<String> stream(String url) {
        List<String> lines = new CopyOnWriteArrayList<>();
        String subject = url.replaceAll(".*/employees/([^/]+)/live", "$1");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + RunningStack.token(subject, "EMPLOYEE")).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(line -> lines.add(line)));
        return lines;
    }

    private static List<Long> storedSequences(String aggregate, String payloadType) throws SQLException {
        List<Long> sequences = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(RunningStack.database("command_service"), "postgres", "postgres");
             var statement = connection.prepareStatement("SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?")) {
            statement.setString(1, aggregate);
            statement.setString(2, payloadType);
            try (ResultSet events = statement.executeQuery()) {
                while (events.next()) {
                    sequences.add(events.getLong(1));
                }
            }
        }
        return sequences;
    }

    private static String activeGeneration() throws SQLException {
        try (Connection connection = DriverManager.getConnection(RunningStack.database("query_service"), "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet pointer = statement.executeQuery("SELECT schema_name FROM readmodel_meta.active_generation")) {
            pointer.next();
            return pointer.getString(1);
        }
    }

    private static long queryCount(String generation, String table, String column, Set<String> ids) throws SQLException {
        return single("SELECT count(*) FROM " + generation + "." + table + " WHERE " + column + " IN (" + quoted(ids) + ")");
    }

    private static long differences(String table, String columns, String where, String one, String other) throws SQLException {
        String select = "SELECT " + columns + " FROM %s." + table + where;
        return single("SELECT count(*) FROM ((" + select.formatted(one) + " EXCEPT ALL " + select.formatted(other)
                + ") UNION ALL (" + select.formatted(other) + " EXCEPT ALL " + select.formatted(one) + ")) AS diff");
    }

    private static long single(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(RunningStack.database("query_service"), "postgres", "postgres");
             Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String quoted(Set<String> ids) {
        return String.join(",", ids.stream().map(id -> "'" + id.replace("'", "") + "'").toList());
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet shown = statement.executeQuery("SHOW " + name)) {
            shown.next();
            return shown.getString(1);
        }
    }

    private static void pauseUntil(Instant due) {
        long wait = Duration.between(Instant.now(), due).toMillis();
        if (wait > 0) {
            try {
                TimeUnit.MILLISECONDS.sleep(wait); // pacing the load at 200 commands/s, not waiting for a result
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String quantileMillis(String prometheus, String quantile) {
        Matcher value = Pattern.compile("careerledger_live_notification_delay_seconds\\{[^}]*quantile=\"" + Pattern.quote(quantile)
                + "\"[^}]*} (\\S+)").matcher(prometheus);
        return value.find() ? String.format("%.1f", Double.parseDouble(value.group(1)) * 1000) : "n/a";
    }

    private static double meanMillis(String prometheus) {
        return Double.parseDouble(metricValue(prometheus, "careerledger_live_notification_delay_seconds_sum")) * 1000
                / Double.parseDouble(metricValue(prometheus, "careerledger_live_notification_delay_seconds_count"));
    }

    private static String metricValue(String prometheus, String name) {
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)").matcher(prometheus);
        return value.find() ? value.group(2) : "0";
    }
}
