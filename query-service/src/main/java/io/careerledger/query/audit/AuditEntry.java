package io.careerledger.query.audit;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One fact of the audit log: what happened (type, payload), to whom (employeeId), when, and who, why
 * and where (metadata: actor, roles, correlation, causation, command, reason, conversation, cycle).
 */
record AuditEntry(
        String eventId,
        String type,
        String employeeId,
        Instant occurredAt,
        Long aggregateSequence,
        String actorId,
        @JsonRawValue String metadata,
        @JsonRawValue String payload) {
}
