package io.careerledger.query.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.ConversationKind;
import io.careerledger.events.ConversationNoteRecorded;
import io.careerledger.events.ConversationScheduled;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.EventTypes;
import io.careerledger.events.GoalSet;
import io.careerledger.events.NoteVisibility;
import io.careerledger.events.PersonalDataCipher;
import io.careerledger.events.PersonalDataErased;
import io.careerledger.query.consumption.ReadModelChanged;
import io.careerledger.query.support.EncryptedEventsIntegrationTest;
import io.careerledger.query.support.QueryServiceClient;

/**
 * An erasure reaches every copy of the person's texts in the database, the read-model generation a
 * rebuild left behind included, and the data keys cached by every replica.
 */
class PersonalDataErasureIntegrationTest extends EncryptedEventsIntegrationTest {

    @Autowired
    QueryServiceClient client;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    PersonalDataKeys keys;

    @Test
    void afterARebuildAnErasureLeavesNothingReadableInAnyGeneration() {
        String id = UUID.randomUUID().toString();
        String suffix = id.substring(0, 8);
        List<String> texts = List.of("Katherine " + suffix, "katherine." + suffix + "@example.org", "Trajectory sums " + suffix,
                "Orbit " + suffix);
        String hr = client.token("hr-1", "HR");
        publish(new EmployeeRegistered(id, KEYS.encrypt(id, texts.get(0)), KEYS.encrypt(id, texts.get(1)), null, "three-track", 4,
                LocalDate.of(2022, 5, 2)));
        publish(new GoalSet(id, "goal-" + id, KEYS.encrypt(id, texts.get(3)), null, LocalDate.of(2030, 1, 1), null, null, null));
        String conversationId = "conversation-" + id;
        publish(new ConversationScheduled(conversationId, id, ConversationKind.ONE_TO_ONE, "mgr-1", List.of(id, "mgr-1"),
                Instant.parse("2026-05-01T09:00:00Z"), null, null));
        publish(new ConversationNoteRecorded(conversationId, id, "note-" + id, "mgr-1", KEYS.encrypt(id, texts.get(2)),
                NoteVisibility.SHARED, null));
        client.awaitBody("/api/employees/" + id + "/personal-data", hr,
                document -> document.toString().contains(texts.get(0)) && document.toString().contains(texts.get(2))
                        && document.toString().contains(texts.get(3)));

        String superseded = rebuild(hr);
        assertThat(schemasHolding(texts)).as("the rebuild copied the texts into a new generation; the old one keeps them")
                .contains(superseded).hasSizeGreaterThan(1);

        KEYS.erase(id);
        publish(new PersonalDataErased(id, "Erasure request ER-19"));
        client.awaitBody("/api/employees/" + id, hr, view -> view.path("fullName").asString().equals(PersonalDataCipher.ERASED));

        assertThat(tablesHolding(texts)).isEmpty();
        assertThat(client.get("/api/employees/" + id, hr).status()).as("the active generation keeps serving").isEqualTo(200);
    }

    @Test
    void anErasureAppliedByAnotherReplicaDropsTheKeysThisOneCached() {
        String id = UUID.randomUUID().toString();
        String keyId = KEYS.keyIdOf(id);
        assertThat(keys.keyOf(keyId)).isPresent();
        KEYS.erase(id);
        assertThat(keys.keyOf(keyId)).as("still cached").isPresent();

        // what the replica that applied the erasure sends on commit (ChangeNotifications' channel and format)
        String change = json.writeValueAsString(new ReadModelChanged(id, EventTypes.typeOf(PersonalDataErased.class),
                UUID.randomUUID().toString(), Instant.now(), null));
        jdbc.queryForList("SELECT pg_notify('read_model_changed', ?)", Instant.now().toEpochMilli() + " " + change);

        await().atMost(Duration.ofSeconds(10)).until(() -> keys.keyOf(keyId).isEmpty());
    }

    /** Rebuilds every read model; returns the generation it superseded. */
    private String rebuild(String hr) {
        String before = jdbc.queryForObject("SELECT schema_name FROM readmodel_meta.active_generation", String.class);
        assertThat(client.post("/api/admin/rebuilds", hr).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> client.get("/api/admin/rebuilds/current", hr).body()
                .contains("\"state\":\"SWITCHED\""));
        return before;
    }

    private List<String> schemasHolding(List<String> texts) {
        return tablesHolding(texts).stream().map(table -> table.substring(0, table.indexOf('.'))).distinct().toList();
    }

    /** Every table of every schema whose rows, read as text, contain one of {@code texts}. */
    private List<String> tablesHolding(List<String> texts) {
        List<String> holding = new ArrayList<>();
        for (Map<String, Object> table : jdbc.queryForList("""
                SELECT table_schema, table_name FROM information_schema.tables
                WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')""")) {
            String name = "\"" + table.get("table_schema") + "\".\"" + table.get("table_name") + "\"";
            Integer rows = jdbc.queryForObject("SELECT count(*) FROM " + name + " AS row WHERE row::text LIKE ANY (?::text[])",
                    Integer.class, (Object) texts.stream().map(text -> "%" + text + "%").toArray(String[]::new));
            if (rows > 0) {
                holding.add(table.get("table_schema") + "." + table.get("table_name"));
            }
        }
        return holding;
    }

    private void publish(CareerEvent event) {
        client.publish(QueryServiceClient.careerEvent(UUID.randomUUID().toString(), event, "mgr-1", OffsetDateTime.now()));
    }
}
