package io.careerledger.query.generation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.careerledger.events.PersonalDataErased;
import io.careerledger.query.consumption.Handlers;
import io.careerledger.query.consumption.Projection;

/**
 * An erasure drops the generations a rebuild superseded (kept until the next rebuild, for comparison):
 * they hold the person's texts as they were opened, and no handler scrubs them. It happens in the
 * erasure's own transaction, so they go if and only if the erasure is applied. The active generation
 * keeps serving (a replica that has not yet seen a switch may fail a read on the old one for a second);
 * a generation above it is being rebuilt and applies this erasure itself.
 */
@Component
class SupersededGenerations implements Projection {

    private final JdbcTemplate jdbc;

    SupersededGenerations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void register(Handlers handlers) {
        handlers.on(PersonalDataErased.class, erased -> drop());
    }

    void drop() {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", Generations.DROPPING);
        int active = Generations.number(jdbc.queryForObject("SELECT schema_name FROM readmodel_meta.active_generation", String.class));
        for (String schema : jdbc.queryForList(
                "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'gen\\_%'", String.class)) {
            if (Generations.number(schema) < active) {
                jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
