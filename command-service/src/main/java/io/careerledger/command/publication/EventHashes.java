package io.careerledger.command.publication;

import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The hash the database chained onto a stored event ({@code V7__event_hash_chain.sql}) and its
 * aggregate's previous event's, as lower-case hex, for the published CloudEvent: Axon's storage engine
 * does not read those columns, so they are looked up by the (unique, indexed) event identifier.
 */
@Component
class EventHashes {

    /** {@code previous} is {@code null} for an aggregate's first event. */
    record Chained(String hash, String previous) {
    }

    private final JdbcTemplate jdbc;

    EventHashes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return nothing for an event that was not stored (not from the event store) */
    List<Chained> of(String eventIdentifier) {
        return jdbc.query("SELECT hash, previous_hash FROM domain_event_entry WHERE event_identifier = ?",
                (row, index) -> new Chained(hex(row.getBytes(1)), hex(row.getBytes(2))), eventIdentifier);
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }
}
