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
import io.careerledger.query.personaldata.PersonalDataReader;

/** Reads the audit log with plain SQL: pages for the API, and a cursor for exports of any size. */
@Repository
class AuditLog {

    private static final String COLUMNS = "SELECT event_id, event_type, subject, occurred_at, aggregate_sequence, actor_id,"
            + " metadata::text AS metadata, payload::text AS payload FROM audit_event";
    /** Rows the database hands over at a time while exporting: memory stays flat however long the log. */
    private static final int EXPORT_FETCH_SIZE = 1_000;

    private final JdbcTemplate jdbc;
    private final PersonalDataReader personalData;
    private final RowMapper<AuditEntry> toEntry = this::entry;

    AuditLog(JdbcTemplate jdbc, PersonalDataReader personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> page(AuditFilter filter, Pageable page) {
        long total = jdbc.queryForObject("SELECT count(*) FROM audit_event" + filter.where(), Long.class, filter.arguments());
        List<AuditEntry> entries = jdbc.query(COLUMNS + filter.where() + orderBy(page.getSort())
                + " LIMIT " + page.getPageSize() + " OFFSET " + page.getOffset(), toEntry, filter.arguments());
        return new PageImpl<>(entries, page, total);
    }

    /** Streams every matching entry, oldest first, inside one read-only transaction (a server-side cursor). */
    @Transactional(readOnly = true)
    public void forEach(AuditFilter filter, Consumer<AuditEntry> action) {
        stream(filter.where(), filter.arguments(), action);
    }

    /** Streams the entries about {@code subject} of the named events (any revision), oldest first. */
    @Transactional(readOnly = true)
    public void forEachAbout(String subject, List<String> eventNames, Consumer<AuditEntry> action) {
        List<Object> arguments = new java.util.ArrayList<>(List.of(subject));
        arguments.addAll(eventNames);
        stream(" WHERE subject = ? AND split_part(event_type, '.', 3) IN (" + String.join(", ", eventNames.stream().map(name -> "?").toList())
                + ")", arguments.toArray(), action);
    }

    /** Streams the assessments {@code assessorId} gave other people, oldest first. */
    @Transactional(readOnly = true)
    public void forEachAssessmentBy(String assessorId, Consumer<AuditEntry> action) {
        stream(" WHERE split_part(event_type, '.', 3) = 'CompetencyAssessed' AND payload->>'assessorId' = ? AND subject <> ?",
                new Object[] {assessorId, assessorId}, action);
    }

    private void stream(String where, Object[] arguments, Consumer<AuditEntry> action) {
        JdbcTemplate cursor = new JdbcTemplate(jdbc.getDataSource());
        cursor.setFetchSize(EXPORT_FETCH_SIZE);
        RowCallbackHandler each = row -> action.accept(entry(row, 0));
        cursor.query(COLUMNS + where + " ORDER BY occurred_at, event_id", each, arguments);
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

    /** An entry as its readers see it: personal fields opened, or erased. */
    private AuditEntry entry(ResultSet row, int rowNumber) throws SQLException {
        return new AuditEntry(
                row.getString("event_id"),
                row.getString("event_type"),
                row.getString("subject"),
                row.getTimestamp("occurred_at").toInstant(),
                (Long) row.getObject("aggregate_sequence"),
                row.getString("actor_id"),
                personalData.openMetadata(row.getString("metadata")),
                personalData.open(row.getString("event_type"), row.getString("payload")),
                List.of());
    }
}
