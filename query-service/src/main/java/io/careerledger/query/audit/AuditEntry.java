package io.careerledger.query.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One fact of the audit log: what happened (type, payload), to whom (employeeId), when, and who, why
 * and where (metadata: actor, roles, correlation, causation, command, reason, conversation, cycle).
 */
@Schema(example = """
        {
          "eventId": "0b7e8e2d-4f10-4c55-9a61-6f1c2b9e3d4a",
          "type": "io.careerledger.EmployeeRegistered.v2",
          "employeeId": "213d9fab-41dd-396b-8399-8f7f18091e2c",
          "occurredAt": "2026-01-05T09:12:44Z",
          "aggregateSequence": 0,
          "actorId": "demo-hr",
          "metadata": {
            "actorId": "demo-hr",
            "roles": [
              "HR"
            ],
            "correlationId": "3c9e1f20-5a7b-4d8c-9e0f-1a2b3c4d5e6f",
            "causationId": "3c9e1f20-5a7b-4d8c-9e0f-1a2b3c4d5e6f",
            "command": "RegisterEmployee"
          },
          "payload": {
            "employeeId": "213d9fab-41dd-396b-8399-8f7f18091e2c",
            "fullName": "Ada Lovelace",
            "email": "ada@demo.example",
            "managerId": "5b1d6c2e-8a3f-3e51-9c7d-2f4a6b8e1c03",
            "frameworkId": "three-track",
            "level": 4,
            "hireDate": "2019-02-04"
          },
          "withheld": []
        }
        """)
record AuditEntry(
        String eventId,
        String type,
        String employeeId,
        Instant occurredAt,
        Long aggregateSequence,
        String actorId,
        @Schema(types = "object", description = "actor, roles, correlation, causation, command, reason, conversation, cycle")
        @JsonRawValue String metadata,
        @Schema(types = "object", description = "the event's own fields, as on the topic")
        @JsonRawValue String payload,
        @Schema(description = "Fields set to null because the reader may not read them, such as a private note's"
                + " text, the authorId and actorId of an anonymous feedback answer, or to the person a case is about the"
                + " memberId, comment and actorId of a council member's stance; empty when nothing is withheld",
                example = "[\"text\"]")
        List<String> withheld) {

    AuditEntry withheld(String redactedPayload, List<String> fields) {
        return new AuditEntry(eventId, type, employeeId, occurredAt, aggregateSequence, actorId, metadata, redactedPayload, fields);
    }

    /** Withholds who acted too: {@code actorId} here and in the metadata is null, and listed as withheld. */
    AuditEntry withheldWithItsActor(String redactedPayload, String redactedMetadata, List<String> fields) {
        return new AuditEntry(eventId, type, employeeId, occurredAt, aggregateSequence, null, redactedMetadata, redactedPayload, fields);
    }
}
