package io.careerledger.query.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which audit entries to read; every criterion is optional. {@code from} is inclusive, {@code to}
 * exclusive. Used by both the paginated list and the streamed export, so they always agree.
 */
record AuditFilter(String employeeId, String actorId, String type, Instant from, Instant to) {

    String where() {
        List<String> conditions = new ArrayList<>();
        if (employeeId != null) {
            conditions.add("subject = ?");
        }
        if (actorId != null) {
            conditions.add("actor_id = ?");
        }
        if (type != null) {
            conditions.add("event_type = ?");
        }
        if (from != null) {
            conditions.add("occurred_at >= ?");
        }
        if (to != null) {
            conditions.add("occurred_at < ?");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Object[] arguments() {
        List<Object> arguments = new ArrayList<>();
        if (employeeId != null) {
            arguments.add(employeeId);
        }
        if (actorId != null) {
            arguments.add(actorId);
        }
        if (type != null) {
            arguments.add(type);
        }
        if (from != null) {
            arguments.add(Timestamp.from(from));
        }
        if (to != null) {
            arguments.add(Timestamp.from(to));
        }
        return arguments.toArray();
    }
}
