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
    private final Generations generations;

    GenerationPin(JdbcTemplate jdbc, Generations generations) {
        this.jdbc = jdbc;
        this.generations = generations;
    }

    /**
     * Call first in a transaction that writes read models. A generation being rebuilt commits without waiting for
     * the disk: a crash before the switch drops it anyway, and the rebuild starts over.
     */
    @Override
    public boolean pin() {
        // a rebuild's thread names its generation, which serves once this replica switched to it
        boolean serving = GenerationScope.target().map(generations.active()::equals).orElse(true);
        String generation = GenerationScope.target().orElseGet(() -> jdbc.queryForObject(
                "SELECT schema_name FROM readmodel_meta.active_generation FOR SHARE", String.class));
        jdbc.execute("SET LOCAL search_path TO " + generation + ", public" + (serving ? "" : "; SET LOCAL synchronous_commit = off"));
        return serving;
    }
}
