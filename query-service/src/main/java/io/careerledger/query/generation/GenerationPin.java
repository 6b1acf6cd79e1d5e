package io.careerledger.query.generation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.careerledger.query.consumption.ReadModelTarget;

/**
 * Points the current transaction at the generation it must write to. Live consumers read the pointer
 * {@code FOR SHARE}, so a switch waits for them and no event lands in a generation that was just retired.
 */
@Component
public class GenerationPin implements ReadModelTarget {

    private final JdbcTemplate jdbc;

    GenerationPin(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Call first in a transaction that writes read models. */
    @Override
    public void pin() {
        String generation = GenerationScope.target().orElseGet(() -> jdbc.queryForObject(
                "SELECT schema_name FROM readmodel_meta.active_generation FOR SHARE", String.class));
        jdbc.execute("SET LOCAL search_path TO " + generation + ", public");
    }
}
