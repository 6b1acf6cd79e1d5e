package io.careerledger.bench.floor;

/** A table shaped like Axon's {@code domain_event_entry}: what the raw INSERTs and the floor peer write into. */
public final class EventTable {

    private EventTable() {
    }

    public static String create(String table) {
        return """
                CREATE TABLE IF NOT EXISTS %s (
                    global_index BIGSERIAL PRIMARY KEY, event_identifier VARCHAR(255) NOT NULL UNIQUE,
                    aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, type VARCHAR(255),
                    time_stamp VARCHAR(255) NOT NULL, payload_type VARCHAR(255) NOT NULL, payload_revision VARCHAR(255),
                    payload BYTEA NOT NULL, meta_data BYTEA, UNIQUE (aggregate_identifier, sequence_number))""".formatted(table);
    }
}
