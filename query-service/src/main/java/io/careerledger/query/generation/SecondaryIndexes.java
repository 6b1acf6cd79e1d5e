package io.careerledger.query.generation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The indexes of a generation that back no constraint, set aside while a rebuild fills it: one sorted
 * build at the end costs less than keeping each index up to date row by row. Primary keys and unique
 * constraints stay, the writes' {@code ON CONFLICT} needs them.
 */
final class SecondaryIndexes {

    private final List<String> definitions;

    private SecondaryIndexes(List<String> definitions) {
        this.definitions = definitions;
    }

    /** Drops them from {@code schema}, keeping their definitions (which name the schema) to build them again. */
    static SecondaryIndexes dropFrom(Connection connection, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT index.indexname, index.indexdef FROM pg_indexes index
                WHERE index.schemaname = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint constraint_
                    WHERE constraint_.conindid = (quote_ident(index.schemaname) || '.' || quote_ident(index.indexname))::regclass)""")) {
            query.setString(1, schema);
            try (ResultSet indexes = query.executeQuery()) {
                while (indexes.next()) {
                    names.add(indexes.getString(1));
                    definitions.add(indexes.getString(2));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("DROP INDEX " + schema + "." + name);
            }
        }
        return new SecondaryIndexes(definitions);
    }

    /** Builds them again. */
    void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String definition : definitions) {
                statement.execute(definition);
            }
        }
    }

    int count() {
        return definitions.size();
    }
}
