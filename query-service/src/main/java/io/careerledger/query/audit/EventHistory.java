package io.careerledger.query.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.EventTypes;
import io.careerledger.query.personaldata.PersonalDataReader;

/**
 * The events about one subject (a person, a framework) as the audit log received them, read back as
 * the contract's records: the query side's own copy of every event, for folds that need the history
 * itself (a career as of an instant, milestones verified). Read through the (subject, occurred_at) index.
 */
@Repository
public class EventHistory {

    /** Same instant: the order they were received in, which for one subject (one Kafka partition) is the order they were published in. */
    private static final String ORDER = " ORDER BY occurred_at, recorded_at, aggregate_sequence, event_id";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final PersonalDataReader personalData;

    EventHistory(JdbcTemplate jdbc, JsonMapper json, PersonalDataReader personalData) {
        this.jdbc = jdbc;
        this.json = json;
        this.personalData = personalData;
    }

    /** Every event about {@code subject} that occurred at or before {@code until}, oldest first. */
    @Transactional(readOnly = true)
    public List<Recorded> upTo(String subject, Instant until) {
        return jdbc.query("SELECT event_type, occurred_at, payload::text AS payload FROM audit_event WHERE subject = ? AND occurred_at <= ?"
                        + ORDER,
                (row, index) -> new Recorded(row.getTimestamp("occurred_at").toInstant(),
                        read(row.getString("event_type"), row.getString("payload"))),
                subject, Timestamp.from(until));
    }

    /** The events of one kind about {@code subject}, of any revision, oldest first. */
    @Transactional(readOnly = true)
    public <T extends CareerEvent> List<T> of(String subject, Class<T> kind) {
        return ofEach(List.of(subject), kind).getOrDefault(subject, List.of());
    }

    /** {@link #of} for each of several subjects that has such events, in one query (a team's dashboard). */
    @Transactional(readOnly = true)
    public <T extends CareerEvent> Map<String, List<T>> ofEach(Collection<String> subjects, Class<T> kind) {
        String anyRevision = EventTypes.typeOf(kind).replaceFirst("\\d+$", "%");
        Map<String, List<T>> events = new HashMap<>();
        jdbc.query("SELECT subject, event_type, payload::text AS payload FROM audit_event WHERE subject = ANY(?) AND event_type LIKE ?" + ORDER,
                (RowCallbackHandler) row -> events.computeIfAbsent(row.getString("subject"), subject -> new ArrayList<>())
                        .add(kind.cast(read(row.getString("event_type"), row.getString("payload")))),
                subjects.toArray(String[]::new), anyRevision);
        return events;
    }

    private CareerEvent read(String type, String payload) {
        // only events a projection applied are in the log, so their type is known
        Class<? extends CareerEvent> kind = EventTypes.classOf(type).orElseThrow();
        return json.treeToValue(personalData.open(kind, json.readTree(payload)), kind);
    }

    /** One event with the time it occurred. */
    public record Recorded(Instant occurredAt, CareerEvent event) {
    }
}
