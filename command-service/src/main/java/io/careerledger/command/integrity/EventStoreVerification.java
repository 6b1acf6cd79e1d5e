package io.careerledger.command.integrity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recomputes the hash chains of the whole event store, or of one person's aggregates, and writes one
 * JSON line per finding as it reads: progress, each broken aggregate's first break, the result.
 * Read in a read-only transaction with a fetch size, so PostgreSQL streams the rows through a cursor
 * instead of loading a million events at once.
 */
@Component
class EventStoreVerification {

    static final int PROGRESS_EVERY = 1000;

    private static final String COLUMNS = "SELECT event_identifier, aggregate_identifier, sequence_number, type, time_stamp,"
            + " payload_type, payload_revision, payload, meta_data, previous_hash, hash FROM domain_event_entry";
    private static final String ORDER = " ORDER BY aggregate_identifier, sequence_number";
    /**
     * A person's aggregates: their career, and every aggregate one of whose events names them as its
     * employee (conversations, promotion cases, feedback rounds). Matched on the stored bytes, so a
     * payload made unreadable by tampering is still found.
     */
    private static final String OF_PERSON = " WHERE aggregate_identifier IN (SELECT aggregate_identifier FROM domain_event_entry"
            + " WHERE aggregate_identifier = ? OR position(? IN payload) > 0)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final JsonMapper json;

    EventStoreVerification(DataSource dataSource, PlatformTransactionManager transactions, JsonMapper json) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.json = json;
    }

    /** @param employeeId one person, or {@code null} for every aggregate */
    void verify(String employeeId, OutputStream out) {
        ChainWalk walk = new ChainWalk();
        readOnly.executeWithoutResult(status -> {
            String sql = employeeId == null ? COLUMNS + ORDER : COLUMNS + OF_PERSON + ORDER;
            Object[] arguments = employeeId == null ? new Object[0]
                    : new Object[] {employeeId, ("\"employeeId\":\"" + employeeId + "\"").getBytes(StandardCharsets.UTF_8)};
            jdbc.query(sql, row -> {
                walk.next(new StoredEvent(row.getString(1), row.getString(2), row.getLong(3), row.getString(4),
                                row.getString(5), row.getString(6), row.getString(7), row.getBytes(8), row.getBytes(9),
                                row.getBytes(10), row.getBytes(11)))
                        .ifPresent(broken -> line(out, Map.of("break", broken)));
                if (walk.events() % PROGRESS_EVERY == 0) {
                    line(out, Map.of("progress", new Progress(walk.events(), walk.aggregates())));
                }
            }, arguments);
        });
        line(out, Map.of("result", new Result(walk.breaks() == 0, walk.events(), walk.aggregates(), walk.breaks())));
    }

    record Progress(long events, long aggregates) {
    }

    record Result(boolean intact, long events, long aggregates, long breaks) {
    }

    private void line(OutputStream out, Object value) {
        try {
            out.write(json.writeValueAsBytes(value));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
