package io.careerledger.query.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import io.careerledger.events.EventTypes;
import io.careerledger.events.FeedbackAuthorRevealed;

/** Reads the audit log with plain SQL: pages for the API, and a cursor for exports of any size. */
@Repository
class AuditLog {

    private static final String COLUMNS = "SELECT event_id, event_type, subject, occurred_at, aggregate_sequence, actor_id,"
            + " metadata::text AS metadata, payload::text AS payload FROM audit_event";
    /** Rows the database hands over at a time while exporting: memory stays flat however long the log. */
    private static final int EXPORT_FETCH_SIZE = 1_000;
    private static final RowMapper<AuditEntry> ENTRY = AuditLog::entry;

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> page(AuditFilter filter, Pageable page) {
        long total = jdbc.queryForObject("SELECT count(*) FROM audit_event" + filter.where(), Long.class, filter.arguments());
        List<AuditEntry> entries = jdbc.query(COLUMNS + filter.where() + orderBy(page.getSort())
                + " LIMIT " + page.getPageSize() + " OFFSET " + page.getOffset(), ENTRY, filter.arguments());
        return new PageImpl<>(entries, page, total);
    }

    /** Streams every matching entry, oldest first, inside one read-only transaction (a server-side cursor). */
    @Transactional(readOnly = true)
    public void forEach(AuditFilter filter, Consumer<AuditEntry> action) {
        JdbcTemplate cursor = new JdbcTemplate(jdbc.getDataSource());
        cursor.setFetchSize(EXPORT_FETCH_SIZE);
        RowCallbackHandler each = row -> action.accept(entry(row, 0));
        cursor.query(COLUMNS + filter.where() + " ORDER BY occurred_at, event_id", each, filter.arguments());
    }

    /** Whether HR had the author of this feedback answer revealed: a FeedbackAuthorRevealed of any revision names it. */
    @Transactional(readOnly = true)
    public boolean authorRevealed(String subject, String roundId, String answerId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                        SELECT EXISTS (SELECT 1 FROM audit_event WHERE subject = ? AND event_type LIKE ?
                            AND payload ->> 'roundId' = ? AND payload ->> 'answerId' = ?)""", Boolean.class,
                subject, EventTypes.typeOf(FeedbackAuthorRevealed.class).replaceFirst("\\d+$", "%"), roundId, answerId));
    }

    private static String orderBy(Sort sort) {
        Sort.Order byTime = sort.getOrderFor("occurredAt");
        String direction = byTime != null && byTime.isDescending() ? "DESC" : "ASC";
        return " ORDER BY occurred_at " + direction + ", event_id " + direction;
    }

    private static AuditEntry entry(ResultSet row, int rowNumber) throws SQLException {
        return new AuditEntry(
                row.getString("event_id"),
                row.getString("event_type"),
                row.getString("subject"),
                row.getTimestamp("occurred_at").toInstant(),
                (Long) row.getObject("aggregate_sequence"),
                row.getString("actor_id"),
                row.getString("metadata"),
                row.getString("payload"),
                List.of());
    }
}
