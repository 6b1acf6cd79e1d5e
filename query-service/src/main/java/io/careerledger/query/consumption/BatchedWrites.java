package io.careerledger.query.consumption;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The statements projections write whose outcome they don't read, held for the applying transaction
 * and sent together when it has dispatched its events: one JDBC batch per statement text rather than a
 * round trip per event (with {@code reWriteBatchedInserts}, inserts go as multi-row statements).
 *
 * <p>Statements on one row run in the order they were written; statements on different rows of a table
 * commute, so they are sent in waves: a row's n-th statement goes in wave n, each wave as one batch
 * per text. A statement on every row of a table ({@link #writeAll}) orders against all of that table's.
 * Tables written here must be written here alone (one owner per table, through this), and nothing may
 * read them while events are applied: a read would not see what is still held.
 *
 * <p>Outside a transaction a statement runs at once.
 */
@Component
public class BatchedWrites {

    private final JdbcTemplate jdbc;

    BatchedWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code sql} on the row of {@code table} that {@code row} names (its primary key, as any equal-comparing value). */
    public void write(String table, Object row, String sql, Object... arguments) {
        Pending pending = pending();
        if (pending == null) {
            jdbc.update(sql, arguments);
        } else {
            pending.table(table).add(row, sql, arguments);
        }
    }

    /** {@code sql} on any number of rows of {@code table}: after every statement written before it, before every one after. */
    public void writeAll(String table, String sql, Object... arguments) {
        write(table, null, sql, arguments);
    }

    /** Sends what the transaction holds; a statement that fails fails this call (and so the transaction). */
    public void flush() {
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending != null) {
            pending.flush(jdbc);
        }
    }

    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Pending created = new Pending();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    created.flush(jdbc);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResource(BatchedWrites.this);
                }
            });
            pending = created;
        }
        return pending;
    }

    /** What one transaction holds, by table in the order first written. */
    private static final class Pending {

        private final Map<String, Table> tables = new LinkedHashMap<>();

        Table table(String name) {
            return tables.computeIfAbsent(name, ignored -> new Table());
        }

        void flush(JdbcTemplate jdbc) {
            tables.values().forEach(table -> table.flush(jdbc));
            tables.clear();
        }
    }

    private static final class Table {

        /** Wave → statement text → the argument lists of its statements, texts in the order first written. */
        private final TreeMap<Integer, Map<String, List<Object[]>>> waves = new TreeMap<>();
        private final Map<Object, Integer> waveOfRow = new HashMap<>();
        /** The wave of the last statement on every row. */
        private int waveOfAll = -1;

        void add(Object row, String sql, Object[] arguments) {
            int wave;
            if (row == null) {
                wave = waves.isEmpty() ? 0 : waves.lastKey() + 1;
                waveOfAll = wave;
                waveOfRow.clear();
            } else {
                wave = Math.max(waveOfAll, waveOfRow.getOrDefault(row, -1)) + 1;
                waveOfRow.put(row, wave);
            }
            waves.computeIfAbsent(wave, ignored -> new LinkedHashMap<>()).computeIfAbsent(sql, ignored -> new ArrayList<>()).add(arguments);
        }

        void flush(JdbcTemplate jdbc) {
            for (Map<String, List<Object[]>> wave : waves.values()) {
                wave.forEach((sql, statements) -> jdbc.batchUpdate(sql, statements, statements.size(), Table::set));
            }
            waves.clear();
            waveOfRow.clear();
            waveOfAll = -1;
        }

        /** PostgreSQL infers each parameter's type from the statement, a null's too (no metadata look-up for it). */
        private static void set(PreparedStatement statement, Object[] arguments) throws SQLException {
            for (int i = 0; i < arguments.length; i++) {
                if (arguments[i] == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else {
                    statement.setObject(i + 1, arguments[i]);
                }
            }
        }
    }
}
