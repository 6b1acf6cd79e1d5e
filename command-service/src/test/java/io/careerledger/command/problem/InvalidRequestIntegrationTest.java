package io.careerledger.command.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.ApiClient.Response;
import io.careerledger.command.support.CommandServiceIntegrationTest;
import io.careerledger.command.support.StoredEvents;

/**
 * A 400 names each field and what is wrong with it, whatever went wrong: bean validation, JSON that
 * does not read, a wrong type, a date out of range or given as a number, a bad UUID, text the read
 * models could not hold, a missing or refused parameter. Nothing is stored behind any of them.
 */
@CommandServiceIntegrationTest
class InvalidRequestIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private String hr;
    private String id;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        hr = api.token("hr-invalid", "HR");
        id = UUID.randomUUID().toString();
    }

    @Test
    void aRegistrationWithOnlyALevelNamesEveryFieldItLacks() {
        long before = storedEvents();

        Map<String, String> errors = invalid(api.post("/api/employees", hr, "{\"level\": 0}"));

        assertThat(errors).containsOnlyKeys("employeeId", "fullName", "email", "level", "hireDate");
        assertThat(errors.get("level")).contains("greater than or equal to 1");
        assertThat(errors.get("hireDate")).isEqualTo("must not be null");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aDateGivenAsANumberIsRefused() {
        Map<String, String> errors = invalid(api.post("/api/employees", hr, registration(id, "\"hireDate\": 20240101")));

        assertThat(errors).containsOnlyKeys("hireDate");
        assertThat(errors.get("hireDate")).contains("YYYY-MM-DD", "1900-01-01", "2999-12-31", "not a number");
        assertNothingStoredFor(id);
    }

    @Test
    void aDateOutsideTheDocumentedRangeIsRefused() {
        for (String date : new String[] {"+100000-01-01", "1899-12-31", "3000-01-01", "2024-02-30", "01/02/2024"}) {
            Map<String, String> errors = invalid(api.post("/api/employees", hr, registration(id, "\"hireDate\": \"" + date + "\"")));

            assertThat(errors).as(date).containsOnlyKeys("hireDate");
            assertThat(errors.get("hireDate")).contains("not '" + date + "'");
        }
        assertNothingStoredFor(id);
    }

    @Test
    void theEdgesOfTheDateRangeAreAccepted() {
        assertThat(api.post("/api/employees", hr, registration(id, "\"hireDate\": \"1900-01-01\"")).status()).isEqualTo(201);
        String other = UUID.randomUUID().toString();
        assertThat(api.post("/api/employees", hr, registration(other, "\"hireDate\": \"2999-12-31\"")).status()).isEqualTo(201);
    }

    @Test
    void theNulCharacterIsRefusedInAnyString() {
        Map<String, String> errors = invalid(api.post("/api/employees", hr,
                registration(id, "\"hireDate\": \"2024-01-01\"").replace("Grace Hopper", "Grace\\u0000Hopper")));

        assertThat(errors).containsOnlyKeys("fullName");
        assertThat(errors.get("fullName")).contains("NUL");
        assertNothingStoredFor(id);
    }

    @Test
    void anUnpairedSurrogateIsRefusedWhileAPairedOneIsText() {
        String conversation = UUID.randomUUID().toString();
        String schedule = """
                {"conversationId": "%s", "employeeId": "%s", "kind": "ONE_TO_ONE", "scheduledFor": "2030-01-01T10:00:00Z",
                 "agenda": "%s"}""";

        Map<String, String> errors = invalid(api.post("/api/conversations", hr, schedule.formatted(conversation, id, "Growth \\ud800 plan")));

        assertThat(errors).containsOnlyKeys("agenda");
        assertThat(errors.get("agenda")).contains("unpaired surrogate", "\\ud800");
        assertNothingStoredFor(conversation);
        // an astral character (a surrogate pair) is one character like any other: refused here only
        // because the employee does not exist, not for its text
        assertThat(api.post("/api/conversations", hr, schedule.formatted(conversation, id, "Growth \\ud83d\\ude80 plan")).status())
                .isNotEqualTo(400);
    }

    @Test
    void aStringLongerThanItsLimitIsRefused() {
        String email = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + "." + "e".repeat(54) + ".org";

        Map<String, String> errors = invalid(api.post("/api/employees", hr,
                registration(id, "\"hireDate\": \"2024-01-01\"").replace("grace@example.org", email)));

        assertThat(email).hasSizeGreaterThan(254);
        assertThat(errors).containsKey("email");
        assertThat(errors.get("email")).contains("between 0 and 254");
        assertNothingStoredFor(id);
    }

    @Test
    void aWrongTypeIsNamedByItsJsonPath() {
        String cycle = UUID.randomUUID().toString();

        Map<String, String> errors = invalid(api.post("/api/review-cycles", hr, """
                {"cycleId": "%s", "name": "2031", "frameworkId": "three-track", "population": {"everyone": "maybe"},
                 "selfAssessmentDeadline": "2031-01-10", "managerAssessmentDeadline": "2031-01-20", "calibrationDeadline": "2031-01-30"}"""
                .formatted(cycle)));
        Map<String, String> level = invalid(api.post("/api/employees", hr, registration(id, "\"hireDate\": \"2024-01-01\"")
                .replace("\"level\": 2", "\"level\": \"two\"")));

        assertThat(errors).containsOnly(Map.entry("population.everyone", "must be true or false"));
        assertThat(level).containsOnly(Map.entry("level", "must be a whole number"));
        assertNothingStoredFor(cycle);
        assertNothingStoredFor(id);
    }

    @Test
    void aBadUuidIsNamedInTheBodyAndInThePath() {
        Map<String, String> body = invalid(api.post("/api/employees", hr, registration("not-a-uuid", "\"hireDate\": \"2024-01-01\"")));
        Map<String, String> path = invalid(api.post("/api/employees/not-a-uuid/goals", hr, "{\"goalId\": \"%s\", \"title\": \"x\"}"
                .formatted(UUID.randomUUID())));

        assertThat(body).containsOnlyKeys("employeeId");
        assertThat(body.get("employeeId")).startsWith("must be a UUID");
        assertThat(path).containsOnlyKeys("employeeId");
        assertThat(path.get("employeeId")).startsWith("must be a UUID");
    }

    @Test
    void anUnknownEnumValueListsTheKnownOnes() {
        String conversation = UUID.randomUUID().toString();

        Map<String, String> errors = invalid(api.post("/api/conversations", hr, """
                {"conversationId": "%s", "employeeId": "%s", "kind": "CHAT", "scheduledFor": "2030-01-01T10:00:00Z"}"""
                .formatted(conversation, id)));

        assertThat(errors).containsOnlyKeys("kind");
        assertThat(errors.get("kind")).startsWith("must be one of ONE_TO_ONE, ");
        assertNothingStoredFor(conversation);
    }

    @Test
    void anInstantGivenAsANumberIsRefused() {
        String conversation = UUID.randomUUID().toString();

        Map<String, String> errors = invalid(api.post("/api/conversations", hr, """
                {"conversationId": "%s", "employeeId": "%s", "kind": "ONE_TO_ONE", "scheduledFor": 1893456000}"""
                .formatted(conversation, id)));

        assertThat(errors).containsOnlyKeys("scheduledFor");
        assertThat(errors.get("scheduledFor")).contains("2026-04-14T09:30:00Z", "not a number");
        assertNothingStoredFor(conversation);
    }

    @Test
    void jsonThatDoesNotParseIsNamedAsTheBody() {
        Map<String, String> errors = invalid(api.post("/api/employees", hr, "{\"employeeId\": "));

        assertThat(errors).containsOnlyKeys("body");
        assertThat(errors.get("body")).startsWith("is not valid JSON");
    }

    @Test
    void aFrameworkRationaleIsRequiredPlainTextAndLimited() throws Exception {
        String document = api.get("/api/frameworks/samples/three-track", hr).body().replaceFirst("(?m)^id: .*$", "id: invalid-rationale");
        String frameworkId = "invalid-rationale";

        Map<String, String> missing = invalid(api.postYaml("/api/frameworks/proposals", hr, document));
        Map<String, String> nul = invalid(proposeWithRawQuery("rationale=" + encode("Annual\u0000review"), document));
        Map<String, String> tooLong = invalid(api.postYaml("/api/frameworks/proposals?rationale=" + "r".repeat(2001), hr, document));

        assertThat(missing).containsOnly(Map.entry("rationale", "is required"));
        assertThat(nul).containsOnlyKeys("rationale");
        assertThat(nul.get("rationale")).contains("NUL");
        assertThat(tooLong).containsOnlyKeys("rationale");
        assertNothingStoredFor(frameworkId);
    }

    @Test
    void aFrameworkDocumentValueWithANulIsA400NamingItsPath() {
        String document = api.get("/api/frameworks/samples/three-track", hr).body()
                .replaceFirst("(?m)^id: .*$", "id: invalid-text")
                .replaceFirst("(?m)^name: .*$", "name: \"Three\\\\0tracks\"");

        Response refused = api.postYaml("/api/frameworks/proposals?rationale=Test", hr, document);

        assertThat(invalid(refused)).containsKey("name").hasEntrySatisfying("name", message -> assertThat(message).contains("NUL"));
        assertNothingStoredFor("invalid-text");
    }

    @Test
    void aFrameworkDocumentValueTooLongIsAViolationAtItsPath() {
        String document = api.get("/api/frameworks/samples/three-track", hr).body()
                .replaceFirst("(?m)^id: .*$", "id: too-long-text")
                .replaceFirst("(?m)^description: .*$", "description: " + "d".repeat(4001));

        Response refused = api.postYaml("/api/frameworks/proposals?rationale=Test", hr, document);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode violations = JSON.readTree(refused.body()).get("violations");
        assertThat(StreamSupport.stream(violations.spliterator(), false).map(v -> v.get("path").asString() + ": " + v.get("message").asString()))
                .anySatisfy(v -> assertThat(v).startsWith("description: ").contains("at most 4000"));
        assertNothingStoredFor("too-long-text");
    }

    /** The problem's errors by field, after checking it is a 400 problem of type invalid-request naming them. */
    private static Map<String, String> invalid(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-request");
        Map<String, String> errors = new LinkedHashMap<>();
        problem.get("errors").forEach(error -> errors.merge(error.get("field").asString(), error.get("message").asString(),
                (a, b) -> a + "; " + b));
        assertThat(errors).isNotEmpty();
        errors.keySet().forEach(field -> assertThat(problem.get("detail").asString()).contains(field));
        return errors;
    }

    private static String registration(String employeeId, String hireDate) {
        return """
                {"employeeId": "%s", "fullName": "Grace Hopper", "email": "grace@example.org", "level": 2, %s}"""
                .formatted(employeeId, hireDate);
    }

    private void assertNothingStoredFor(String aggregateId) {
        assertThat(StoredEvents.typesOf(jdbc, aggregateId)).isEmpty();
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    /** ApiClient encodes its path again (% becomes %25); this query goes as it is. */
    private Response proposeWithRawQuery(String query, String document) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                .uri(URI.create("http://localhost:" + port + "/api/frameworks/proposals?" + query))
                .header("Authorization", "Bearer " + hr).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(document)).build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body(), null, null);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
