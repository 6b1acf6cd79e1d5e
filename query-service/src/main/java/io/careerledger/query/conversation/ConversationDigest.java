package io.careerledger.query.conversation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/** The latest conversations of a person, for dashboards. */
@Component
public class ConversationDigest {

    /** The kinds that count as a catch-up with the line manager. */
    private static final List<String> CATCH_UPS = List.of("PERFORMANCE_CATCH_UP", "ONE_TO_ONE");

    private final JdbcTemplate jdbc;

    ConversationDigest(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The last conversation of each kind that was not cancelled (held or still in the diary). */
    public List<LastConversation> lastOfEachKind(String employeeId) {
        return jdbc.query("""
                SELECT DISTINCT ON (kind) conversation_id, kind, status, scheduled_for, concluded_at FROM conversation
                WHERE employee_id = ? AND status <> 'CANCELLED' ORDER BY kind, scheduled_for DESC""",
                (row, index) -> new LastConversation(row.getString("conversation_id"), row.getString("kind"), row.getString("status"),
                        row.getTimestamp("scheduled_for").toInstant(),
                        Optional.ofNullable(row.getTimestamp("concluded_at")).map(Timestamp::toInstant).orElse(null)),
                employeeId);
    }

    /** When the last catch-up that was held took place. */
    public Optional<Instant> lastCatchUp(String employeeId) {
        return Optional.ofNullable(lastCatchUpOfEach(List.of(employeeId)).get(employeeId));
    }

    /** {@link #lastCatchUp} of each of several people who had one, in one query (a team's dashboard). */
    public Map<String, Instant> lastCatchUpOfEach(Collection<String> employeeIds) {
        Map<String, Instant> last = new HashMap<>();
        jdbc.query("""
                SELECT employee_id, max(scheduled_for) AS held FROM conversation
                WHERE employee_id = ANY(?) AND status = 'CONCLUDED' AND kind IN (?, ?) GROUP BY employee_id""",
                (RowCallbackHandler) row -> last.put(row.getString("employee_id"), row.getTimestamp("held").toInstant()),
                employeeIds.toArray(String[]::new), CATCH_UPS.get(0), CATCH_UPS.get(1));
        return last;
    }

    /**
     * @param concludedAt when it was summed up; absent while it is still to take place
     */
    public record LastConversation(String conversationId, String kind, String status, Instant scheduledFor, Instant concludedAt) {
    }
}
