package io.careerledger.command.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.command.fuzz.ApiDocument.PostOperation;
import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.CommandServiceIntegrationTest;

/**
 * Generated bad requests against every POST endpoint the service documents, on the real event store:
 * nothing a client sends gets a 5xx, every refusal is {@code application/problem+json} with a
 * {@code /problems/...} type, and no refused request leaves an event behind. Reproduce a run with
 * {@code -Dfuzz.seed=<seed>} (the failure message names it); {@code -Dfuzz.requests} sets the number
 * of requests per endpoint.
 */
@CommandServiceIntegrationTest
class CommandApiFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 14_10L);
    private static final int REQUESTS_PER_ENDPOINT = Integer.getInteger("fuzz.requests", 200);
    /** To reproduce one endpoint's failures: a regular expression its path must contain. */
    private static final Pattern ENDPOINTS = Pattern.compile(System.getProperty("fuzz.endpoints", ""));
    private static final Pattern PROBLEM_TYPE = Pattern.compile("(.*/)?problems/[a-z0-9-]+");
    /** Answers that show a request got past parsing and validation to the record's own rules. */
    private static final Set<Integer> REACHED_THE_RECORD = Set.of(409, 412, 422);
    private static final int EXAMPLES_PER_CLASS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(CommandApiFuzzTest.class);

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void noBadRequestGetsA5xxANonProblemAnswerOrAWrite() {
        ApiClient api = new ApiClient(port);
        ApiDocument document = ApiDocument.parse(api.get("/v3/api-docs", null).body());
        List<PostOperation> operations = document.postOperations().stream()
                .filter(operation -> ENDPOINTS.matcher(operation.path()).find()).toList();
        assertThat(operations).as("POST operations in /v3/api-docs").isNotEmpty();
        Random random = new Random(SEED);
        Map<String, FailureClass> failures = new LinkedHashMap<>();
        List<String> unreached = new ArrayList<>();
        int sent = 0;

        for (PostOperation operation : operations) {
            long started = System.nanoTime();
            FuzzFixture fixture = FuzzFixture.create(api, UUID.randomUUID().toString().substring(0, 8));
            List<FuzzRequest> requests = new BadRequests(operation, fixture, document, random).generate(REQUESTS_PER_ENDPOINT);
            Map<Integer, Integer> statuses = new TreeMap<>();
            long lastEvent = lastEvent();
            for (FuzzRequest request : requests) {
                Answer answer = send(request);
                List<StoredEvent> stored = storedSince(lastEvent);
                lastEvent = stored.isEmpty() ? lastEvent : stored.get(stored.size() - 1).globalIndex();
                List<String> written = stored.stream().filter(event -> event.byOneOf(fixture.actorIds())).map(StoredEvent::toString).toList();
                statuses.merge(answer.status(), 1, Integer::sum);
                List<String> broken = brokenPromises(answer, written);
                if (!broken.isEmpty()) {
                    String key = operation + " → " + answer.status() + " " + String.join(", ", broken);
                    failures.computeIfAbsent(key, FailureClass::new).add(request, answer, written);
                }
            }
            sent += requests.size();
            LOG.info("{}: {} requests, answers {}, {} ms", operation, requests.size(), statuses, (System.nanoTime() - started) / 1_000_000);
            assertThat(requests).as("requests generated for %s", operation).hasSizeGreaterThanOrEqualTo(REQUESTS_PER_ENDPOINT);
            if (statuses.keySet().stream().noneMatch(status -> status / 100 == 2 || REACHED_THE_RECORD.contains(status))) {
                unreached.add(operation + " " + statuses);
            }
        }

        int requested = operations.size() * REQUESTS_PER_ENDPOINT;
        int total = sent;
        SoftAssertions.assertSoftly(softly -> {
            if (!failures.isEmpty()) {
                softly.fail(report(failures, failedCount(failures)));
            }
            softly.assertThat(unreached).as("Endpoints none of whose requests got past validation (seed %s): the fixture or the documented body is wrong",
                    SEED).isEmpty();
            softly.assertThat(total).as("requests sent").isGreaterThanOrEqualTo(requested);
        });
    }

    /** What this answer breaks of the API's promises to clients; empty when it keeps them. */
    private static List<String> brokenPromises(Answer answer, List<String> written) {
        List<String> broken = new ArrayList<>();
        if (answer.status() < 0) {
            broken.add("no answer (" + answer.body() + ")");
            return broken;
        }
        if (answer.status() >= 500) {
            broken.add("5xx");
        }
        if (answer.status() / 100 == 2) {
            return broken;
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            broken.add("not problem+json");
        } else if (!PROBLEM_TYPE.matcher(problemType(answer.body())).matches()) {
            broken.add("problem without a /problems/ type");
        }
        if (!written.isEmpty()) {
            broken.add("events written");
        }
        return broken;
    }

    private static String problemType(String body) {
        try {
            JsonNode problem = JsonMapper.shared().readTree(body);
            return problem.path("type").asString("");
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    private Answer send(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
                .timeout(Duration.ofSeconds(60))
                .POST(request.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse("(none)"), response.body());
        } catch (IOException | IllegalArgumentException e) {
            return new Answer(-1, "(none)", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long lastEvent() {
        return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
    }

    /** The events stored after that global index, in order. */
    private List<StoredEvent> storedSince(long globalIndex) {
        return jdbc.query("SELECT global_index, payload_type, aggregate_identifier, convert_from(meta_data, 'UTF8') AS meta"
                        + " FROM domain_event_entry WHERE global_index > ? ORDER BY global_index",
                (row, index) -> new StoredEvent(row.getLong("global_index"), row.getString("payload_type"),
                        row.getString("aggregate_identifier"), row.getString("meta")), globalIndex);
    }

    /**
     * An event as stored. One carrying a fixture actor came from that fixture's fuzz request: requests
     * run one at a time, and the fixture starts nothing that writes later (no promotion reaches a
     * decision, every deadline is in the future).
     */
    private record StoredEvent(long globalIndex, String payloadType, String aggregateId, String metaData) {

        boolean byOneOf(Set<String> actorIds) {
            return metaData != null && actorIds.stream().anyMatch(actor -> metaData.contains("\"actorId\":\"" + actor + "\""));
        }

        @Override
        public String toString() {
            return payloadType.substring(payloadType.lastIndexOf('.') + 1) + " on " + aggregateId;
        }
    }

    private static int failedCount(Map<String, FailureClass> failures) {
        return failures.values().stream().mapToInt(FailureClass::count).sum();
    }

    private static String report(Map<String, FailureClass> failures, int failed) {
        return failed + " requests broke the API's promises, in " + failures.size() + " classes (endpoint → status and what broke: the kinds of input),"
                + " seed " + SEED + " (rerun with -Dfuzz.seed=" + SEED + "):\n"
                + failures.values().stream().map(FailureClass::toString).collect(Collectors.joining("\n"));
    }

    private record Answer(int status, String contentType, String body) {
    }

    /** Failing requests of one endpoint and outcome: how many of each kind, and an example of the first few kinds. */
    private static final class FailureClass {

        private final String key;
        private final Map<String, Integer> kinds = new LinkedHashMap<>();
        private final List<String> examples = new ArrayList<>();

        FailureClass(String key) {
            this.key = key;
        }

        void add(FuzzRequest request, Answer answer, List<String> written) {
            if (kinds.merge(request.kind(), 1, Integer::sum) == 1 && examples.size() < EXAMPLES_PER_CLASS) {
                examples.add("      " + request.describe() + "\n        → " + answer.status() + " " + answer.contentType() + " "
                        + FuzzRequest.excerpt(answer.body(), 160) + (written.isEmpty() ? "" : " WROTE " + written));
            }
        }

        int count() {
            return kinds.values().stream().mapToInt(Integer::intValue).sum();
        }

        @Override
        public String toString() {
            String byKind = kinds.entrySet().stream().map(kind -> kind.getKey() + " ×" + kind.getValue()).collect(Collectors.joining(", "));
            return "  " + key + " × " + count() + ": " + byKind + "\n" + String.join("\n", examples);
        }
    }
}
