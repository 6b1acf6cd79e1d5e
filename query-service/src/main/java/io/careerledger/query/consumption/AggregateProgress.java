package io.careerledger.query.consumption;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.cloudevents.CloudEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The highest sequence applied of each aggregate (the {@code aggregateid} and {@code aggregatesequence}
 * a CloudEvent carries), written in the transaction that applies the events to every read model: once an
 * aggregate is here at a sequence, every read model shows its events up to that one. One row per aggregate,
 * one statement per poll, so a consistency token is checked by its primary key.
 */
@Component
public class AggregateProgress {

    private static final String AGGREGATE_ID = "aggregateid";
    private static final String SEQUENCE = "aggregatesequence";

    private final NamedParameterJdbcTemplate jdbc;

    AggregateProgress(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the read models show the aggregate's events up to {@code sequence}; -1 is before its first. */
    public boolean reached(String aggregateId, long sequence) {
        return sequence < 0 || Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM aggregate_progress WHERE aggregate_id = :id AND sequence >= :sequence)",
                new MapSqlParameterSource("id", aggregateId).addValue("sequence", sequence), Boolean.class));
    }

    /** In the applying transaction; sorted by aggregate, so that concurrent polls lock rows in one order. */
    void applied(List<CloudEvent> events) {
        Map<String, Long> highest = new TreeMap<>();
        for (CloudEvent event : events) {
            Object aggregateId = event.getExtension(AGGREGATE_ID);
            Object sequence = event.getExtension(SEQUENCE);
            if (aggregateId != null && sequence != null) {
                highest.merge(aggregateId.toString(), Long.valueOf(sequence.toString()), Math::max);
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO aggregate_progress (aggregate_id, sequence) VALUES (:id, :sequence)
                ON CONFLICT (aggregate_id) DO UPDATE SET sequence = GREATEST(aggregate_progress.sequence, EXCLUDED.sequence)""",
                highest.entrySet().stream().map(aggregate -> new MapSqlParameterSource("id", aggregate.getKey())
                        .addValue("sequence", aggregate.getValue())).toArray(MapSqlParameterSource[]::new));
    }
}
