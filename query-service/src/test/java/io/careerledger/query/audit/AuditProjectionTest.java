package io.careerledger.query.audit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.sql.Timestamp;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.query.consumption.BatchedWrites;
import io.careerledger.query.consumption.Envelope;
import io.careerledger.query.support.Envelopes;

/** The audit log's handler, called directly: every event with its attributes, the sequence in its own column. */
class AuditProjectionTest {

    private final BatchedWrites writes = mock(BatchedWrites.class);
    private final AuditProjection projection = new AuditProjection(writes, JsonMapper.builder().build());

    @Test
    void everyEventIsKeptWithItsAttributesAndThePayloadAsReceived() {
        Envelope<CareerEvent> registered = Envelopes.of(
                new EmployeeRegistered("ada", "Ada Lovelace", "ada@example.org", null, "fw", 4, LocalDate.of(2022, 5, 2)));
        projection.recorded(registered);
        verify(writes).write(eq("audit_event"), eq(registered.id()), anyString(), eq(registered.id()), eq(registered.type()), eq("ada"), eq(Timestamp.from(Envelopes.AT)), eq(7L),
                eq("actor-1"), eq("correlation-1"), eq(registered.payloadJson()),
                eq("{\"actorid\":\"actor-1\",\"correlationid\":\"correlation-1\"}"), any(Timestamp.class));
    }
}
