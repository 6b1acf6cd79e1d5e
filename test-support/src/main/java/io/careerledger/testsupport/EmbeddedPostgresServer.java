package io.careerledger.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL 17 server from the zonky binaries, with one database per service. */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDir a persistent data directory, kept between runs; {@code null} for a throw-away one
     * @param port    the port to listen on; {@code 0} for any free port
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port) {
        try {
            // zonky defaults to synchronous_commit=off: a commit acknowledged but not yet on disk could be lost
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", dataDir == null ? "off" : "on");
            if (dataDir != null) {
                stopLeftOverPostmaster(dataDir);
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * pg_ctl starts the postmaster in a session of its own, so it outlives a JVM killed before it could
     * stop it, holding the port and the data directory: stop it first (its backends follow it; crash
     * recovery replays the WAL, which synchronous commits have on disk).
     */
    private static void stopLeftOverPostmaster(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(lockFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(lockFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return;
        }
        ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false))
                .ifPresent(postmaster -> {
                    postmaster.destroyForcibly();
                    postmaster.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                });
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates the database when missing and returns its JDBC URL (user and password {@code postgres}). */
    public String database(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet existing = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + name.replace("'", "") + "'")) {
                if (!existing.next()) {
                    statement.execute("CREATE DATABASE \"" + name.replace("\"", "") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return "jdbc:postgresql://localhost:" + port() + "/" + name;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
