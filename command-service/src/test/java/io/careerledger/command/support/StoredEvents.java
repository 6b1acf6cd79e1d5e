package io.careerledger.command.support;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** What the event store holds for one aggregate, read with SQL as an operator would. */
public final class StoredEvents {

    private StoredEvents() {
    }

    /** The simple names of the aggregate's event types, in order. */
    public static List<String> typesOf(JdbcTemplate jdbc, String aggregateId) {
        return jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                        String.class, aggregateId).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1))
                .toList();
    }
}
