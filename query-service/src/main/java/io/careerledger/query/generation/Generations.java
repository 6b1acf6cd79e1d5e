package io.careerledger.query.generation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * The read models live in a PostgreSQL schema per generation ({@code gen_1}, {@code gen_2}, ...);
 * {@code readmodel_meta.active_generation} names the one that serves. A rebuild fills the next
 * generation while the active one keeps serving, then moves the pointer.
 */
public final class Generations {

    static final String FIRST = "gen_1";
    /** The advisory lock whoever drops generations holds: replicas may drop the same ones at once. */
    static final long DROPPING = 0x67656e5f64726f70L;

    private final DataSource dataSource;
    private volatile String active;

    Generations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The generation that serves queries (re-read from the database by {@link #refresh()}). */
    public String active() {
        if (active == null) {
            createPointerWhenMissing();
            refresh();
        }
        return active;
    }

    /** Re-reads the pointer: another replica may have switched generations. */
    public void refresh() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet pointer = statement.executeQuery("SELECT schema_name FROM readmodel_meta.active_generation")) {
            pointer.next();
            active = pointer.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the active read-model generation", e);
        }
    }

    private void createPointerWhenMissing() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS readmodel_meta");
            statement.execute("CREATE TABLE IF NOT EXISTS readmodel_meta.active_generation ("
                    + " id INTEGER PRIMARY KEY CHECK (id = 1), schema_name VARCHAR(63) NOT NULL)");
            statement.execute("INSERT INTO readmodel_meta.active_generation VALUES (1, '" + FIRST + "') ON CONFLICT DO NOTHING");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the read-model generation pointer", e);
        }
    }

    /** The schema after {@code generation}: {@code gen_1} → {@code gen_2}. */
    static String next(String generation) {
        return "gen_" + (number(generation) + 1);
    }

    /** {@code gen_2} → 2. */
    static int number(String generation) {
        return Integer.parseInt(generation.substring("gen_".length()));
    }

    /** Moves the pointer; waits for event transactions that hold it (they lock it FOR SHARE). */
    void activate(Connection connection, String generation) throws SQLException {
        try (var update = connection.prepareStatement("UPDATE readmodel_meta.active_generation SET schema_name = ?")) {
            update.setString(1, generation);
            update.executeUpdate();
        }
        active = generation;
    }
}
