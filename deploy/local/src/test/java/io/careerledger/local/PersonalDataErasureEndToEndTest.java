package io.careerledger.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;


/**
 * Crypto-shredding end to end: after HR erases a person, nothing readable of their name, email, a note
 * about them, a reason given for them, their goal, an agreement of their conversation or their
 * promotion case's justification is left in the event store, its snapshots, the topic or any table of
 * the read side, before and after a rebuild, while the views still show the facts with the personal
 * content as "[erased]" and the event store's hash chains stay intact.
 */
class PersonalDataErasureEndToEndTest {

    private final RestClient commandService = RunningStack.commandService();
    private final RestClient queryService = RunningStack.queryService();
    private final String hr = RunningStack.token("hr-erasure", "HR");

    @Test
    void afterAnErasureNothingReadableOfThePersonIsLeftAnywhereEvenAfterARebuild() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String employeeId = UUID.randomUUID().toString();
        String managerId = UUID.randomUUID().toString();
        List<String> personal = List.of("Katherine " + tag, "katherine." + tag + "@example.org", "Orbit maths " + tag,
                "Moved to NASA " + tag, "Check the " + tag + " trajectory", "Land the " + tag + " capsule",
                "Draft the " + tag + " brief", "Computed the " + tag + " re-entry");
        String frameworkId = publishThreeTrack(tag);
        post(commandService, "/api/employees", hr, Map.of("employeeId", managerId, "fullName", "Dorothy Vaughan",
                "email", "dorothy@example.org", "level", 5, "hireDate", "2015-03-01"));
        post(commandService, "/api/employees", hr, Map.of("employeeId", employeeId, "fullName", personal.get(0),
                "email", personal.get(1), "managerId", managerId, "frameworkId", frameworkId, "level", 2, "hireDate", "2016-02-01"));
        String employee = RunningStack.token(employeeId, "EMPLOYEE");
        String manager = RunningStack.token(managerId, "MANAGER");
        post(commandService, "/api/employees/" + employeeId + "/track", employee, Map.of("trackId", "expert", "reason", "Strengths",
                "agreedBy", managerId));
        post(commandService, "/api/employees/" + employeeId + "/goals", employee, Map.of("goalId", UUID.randomUUID().toString(),
                "title", personal.get(5), "measure", "Splashdown within a mile", "dueDate", "2030-06-30"));
        String conversationId = UUID.randomUUID().toString();
        post(commandService, "/api/conversations", manager, Map.of("conversationId", conversationId, "employeeId", employeeId,
                "kind", "ONE_TO_ONE", "scheduledFor", "2023-10-05T09:00:00Z", "agenda", personal.get(4)));
        post(commandService, "/api/conversations/" + conversationId + "/notes", manager, Map.of("noteId", UUID.randomUUID().toString(),
                "text", personal.get(2), "visibility", "SHARED"));
        post(commandService, "/api/conversations/" + conversationId + "/agreements", manager, Map.of("agreementId",
                UUID.randomUUID().toString(), "description", personal.get(6), "ownerId", employeeId, "dueDate", "2030-01-31"));
        String caseId = UUID.randomUUID().toString();
        post(commandService, "/api/promotion-cases", manager, Map.of("caseId", caseId, "employeeId", employeeId, "targetLevel", 3,
                "justification", personal.get(7)));
        post(commandService, "/api/employees/" + employeeId + "/offboarding", hr,
                Map.of("lastWorkingDay", "2024-01-31", "reason", personal.get(3)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(get(queryService, "/api/employees/" + employeeId, hr)).contains(personal.get(0), "2024-01-31");
            assertThat(get(queryService, "/api/employees/" + employeeId + "/dashboard", hr)).contains(personal.get(5));
            assertThat(get(queryService, "/api/conversations/" + conversationId, hr)).contains(personal.get(6));
            assertThat(get(queryService, "/api/promotion-cases/" + caseId, hr)).contains(personal.get(7));
        });
        assertThat(text(commandDatabase(), personal)).as("encrypted before it is stored").isEmpty();

        assertThat(post(commandService, "/api/employees/" + employeeId + "/erasure", hr, Map.of("reason", "Erasure request " + tag)))
                .contains(employeeId);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get(queryService, "/api/employees/" + employeeId, hr)).contains("\"fullName\":\"[erased]\""));
        assertNothingReadableOf(employeeId, personal);
        assertThat(get(queryService, "/api/promotion-cases/" + caseId, hr)).contains("[erased]").doesNotContain(personal);
        assertThat(get(queryService, "/api/employees/" + employeeId + "/dashboard", hr)).contains("[erased]").doesNotContain(personal);
        assertThat(get(queryService, "/api/audit/events?employeeId=" + employeeId + "&size=100", hr))
                .contains("io.careerledger.PersonalDataErased.v1", "[erased]").doesNotContain(personal);
        assertThat(get(queryService, "/api/audit/events/export?employeeId=" + employeeId, hr)).contains("[erased]").doesNotContain(personal);
        List<String> verification = get(commandService, "/api/audit/verify?employeeId=" + employeeId, hr).lines().toList();
        assertThat(verification).as("the hash chains are over the ciphertext: destroying the key breaks none")
                .noneMatch(line -> line.contains("\"break\"")).last().asString().contains("\"intact\":true");

        post(queryService, "/api/admin/rebuilds", RunningStack.token("admin-erasure", "ADMIN"), Map.of());
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                assertThat(get(queryService, "/api/admin/rebuilds/current", RunningStack.token("admin-erasure", "ADMIN")))
                        .contains("\"state\":\"SWITCHED\""));
        assertThat(get(queryService, "/api/employees/" + employeeId, hr)).contains("\"fullName\":\"[erased]\"", "2024-01-31");
        assertThat(get(queryService, "/api/conversations/" + conversationId, hr)).contains("[erased]").doesNotContain(personal);
        assertNothingReadableOf(employeeId, personal);
    }

    /** The three-track sample under an id of this test's own, proposed and approved: version 1 is published. */
    private String publishThreeTrack(String tag) {
        String frameworkId = "three-track-" + tag;
        String document = commandService.get().uri("/api/frameworks/samples/three-track").headers(h -> h.setBearerAuth(hr))
                .retrieve().body(String.class).replaceFirst("(?m)^id: .*$", "id: " + frameworkId);
        commandService.post().uri("/api/frameworks/proposals?rationale=Erasure end-to-end").headers(h -> h.setBearerAuth(hr))
                .contentType(MediaType.parseMediaType("application/yaml")).body(document).retrieve().toBodilessEntity();
        for (String member : List.of("council-erasure-1", "council-erasure-2")) {
            post(commandService, "/api/frameworks/" + frameworkId + "/versions/1/approvals", RunningStack.token(member, "COUNCIL"), Map.of());
        }
        return frameworkId;
    }

    private void assertNothingReadableOf(String employeeId, List<String> personal) throws Exception {
        assertThat(text(commandDatabase(), personal)).as("event store, snapshots, every command-side table").isEmpty();
        assertThat(text(RunningStack.database("query_service"), personal)).as("every read-side table").isEmpty();
        assertThat(topicTextOf(employeeId)).isNotEmpty().noneMatch(record -> personal.stream().anyMatch(record::contains));
    }

    private static String commandDatabase() {
        return RunningStack.database("command_service");
    }

    /** Every row of every table of every schema, as text (bytea read as escaped text), holding one of {@code needles}. */
    private static List<String> text(String jdbcUrl, List<String> needles) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            List<String[]> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    SELECT table_schema, table_name, string_agg(CASE WHEN data_type = 'bytea'
                        THEN 'coalesce(encode(' || quote_ident(column_name) || ', ''escape''), '''')'
                        ELSE 'coalesce(' || quote_ident(column_name) || '::text, '''')' END, ' || '' '' || ')
                    FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
                    GROUP BY table_schema, table_name""")) {
                while (rows.next()) {
                    tables.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
            for (String[] table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT " + table[2] + " FROM \"" + table[0] + "\".\"" + table[1] + "\"")) {
                    while (rows.next()) {
                        String row = rows.getString(1);
                        needles.stream().filter(row::contains).forEach(needle -> found.add(table[0] + "." + table[1] + ": " + needle));
                    }
                }
            }
        }
        return found;
    }

    /** Every record of the person on the topic, read by a new consumer: its body and its headers as text. */
    private static List<String> topicTextOf(String employeeId) {
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningStack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "erasure-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new CloudEventDeserializer())) {
            consumer.subscribe(List.of("career.events.v1"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(500))) {
                    if (employeeId.equals(record.key())) {
                        CloudEvent event = record.value();
                        StringBuilder text = new StringBuilder(event.getType());
                        event.getExtensionNames().forEach(name -> text.append(' ').append(event.getExtension(name)));
                        text.append(' ').append(new String(event.getData().toBytes(), StandardCharsets.UTF_8));
                        records.add(text.toString());
                    }
                }
                return records.stream().anyMatch(record -> record.startsWith("io.careerledger.PersonalDataErased"));
            });
        }
        return records;
    }

    private static String post(RestClient service, String path, String token, Map<String, ?> body) {
        return service.post().uri(path).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> {
                    String answer = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(response.getStatusCode().is2xxSuccessful()).as(path + " answered " + answer).isTrue();
                    return answer;
                });
    }

    private static String get(RestClient service, String path, String token) {
        return service.get().uri(path).headers(h -> h.setBearerAuth(token))
                .exchange((request, response) -> new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
    }
}
