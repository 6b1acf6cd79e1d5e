package io.careerledger.command.publication;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The hash the database chained onto a stored event ({@code V7__event_hash_chain.sql}) and its
 * aggregate's previous event's, as lower-case hex, for the published CloudEvent: Axon's storage engine
 * does not read those columns. The publisher streams in global order, so the hashes are read ahead a
 * range of positions at a time: one query per {@value #READ_AHEAD} events rather than one per event
 * (which had capped publication at about a thousand events a second).
 */
@Component
class EventHashes {

    private static final int READ_AHEAD = 1_000;

    /** {@code previous} is {@code null} for an aggregate's first event. */
    record Chained(String hash, String previous) {
    }

    private final JdbcTemplate jdbc;
    /** The hashes read ahead, by event identifier; only the publisher's one thread asks. */
    private Map<String, Chained> ahead = Map.of();

    EventHashes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return nothing for an event that was not stored (not from the event store) */
    synchronized List<Chained> of(String eventIdentifier, OptionalLong position) {
        Chained known = ahead.get(eventIdentifier);
        if (known == null && position.isPresent()) {
            Map<String, Chained> read = new HashMap<>();
            jdbc.query("SELECT event_identifier, hash, previous_hash FROM domain_event_entry WHERE global_index >= ?"
                            + " ORDER BY global_index LIMIT " + READ_AHEAD,
                    (RowCallbackHandler) row -> {
                        read.put(row.getString(1), new Chained(hex(row.getBytes(2)), hex(row.getBytes(3))));
                    }, position.getAsLong());
            ahead = read;
            known = read.get(eventIdentifier);
        }
        if (known != null) {
            return List.of(known);
        }
        return jdbc.query("SELECT hash, previous_hash FROM domain_event_entry WHERE event_identifier = ?",
                (row, index) -> new Chained(hex(row.getBytes(1)), hex(row.getBytes(2))), eventIdentifier);
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }
}
