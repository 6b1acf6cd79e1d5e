package io.careerledger.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Whether a service commits durably by its own configuration, not by the server's good graces: the
 * database's default {@code synchronous_commit} is turned off, the service's pool opens a new
 * connection, and that connection's setting is what the service's datasource options made it. The
 * database's default is restored afterwards.
 */
public final class DurableCommits {

    private DurableCommits() {
    }

    /**
     * @param databaseDefault what a plain connection to the same database gets: {@code off} while this runs
     * @param service         what a connection the service's pool opened after that gets
     */
    public record SynchronousCommit(String databaseDefault, String service) {
    }

    /** @param service the application's own DataSource, a Hikari pool (possibly wrapped) */
    public static SynchronousCommit withTheDatabaseDefaultOff(DataSource service) throws SQLException {
        HikariDataSource pool = service.unwrap(HikariDataSource.class);
        String database;
        Timestamp altered;
        try (Connection connection = service.getConnection(); Statement statement = connection.createStatement()) {
            database = single(statement, "SELECT current_database()");
            statement.execute("ALTER DATABASE \"" + database + "\" SET synchronous_commit = off");
            try (ResultSet now = statement.executeQuery("SELECT clock_timestamp()")) {
                now.next();
                altered = now.getTimestamp(1);
            }
        }
        try {
            String databaseDefault;
            try (Connection plain = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                 Statement statement = plain.createStatement()) {
                databaseDefault = single(statement, "SHOW synchronous_commit");
            }
            // every pooled connection predates the change: the pool replaces them, so the next one is opened now
            pool.getHikariPoolMXBean().softEvictConnections();
            try (Connection fresh = service.getConnection(); PreparedStatement statement = fresh.prepareStatement(
                    "SELECT current_setting('synchronous_commit'), backend_start > ? FROM pg_stat_activity WHERE pid = pg_backend_pid()")) {
                statement.setTimestamp(1, altered);
                try (ResultSet session = statement.executeQuery()) {
                    session.next();
                    if (!session.getBoolean(2)) {
                        throw new IllegalStateException("The pool handed out a connection opened before the database's default changed");
                    }
                    return new SynchronousCommit(databaseDefault, session.getString(1));
                }
            }
        } finally {
            try (Connection connection = service.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("ALTER DATABASE \"" + database + "\" RESET synchronous_commit");
            }
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
