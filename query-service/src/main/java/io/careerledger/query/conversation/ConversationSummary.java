package io.careerledger.query.conversation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

import io.careerledger.events.ConversationKind;

/**
 * A conversation in an employee's history.
 *
 * @param participants the employee and the scheduler first, then the others
 * @param summary      absent until it is concluded
 */
@Schema(example = """
        {
          "conversationId": "6f1c2b9e-3d4a-4c55-9a61-0b7e8e2d4f10",
          "employeeId": "213d9fab-41dd-396b-8399-8f7f18091e2c",
          "kind": "PERFORMANCE_CATCH_UP",
          "status": "CONCLUDED",
          "scheduledFor": "2026-02-03T10:00:00Z",
          "scheduledBy": "5b1d6c2e-8a3f-3e51-9c7d-2f4a6b8e1c03",
          "participants": [
            "213d9fab-41dd-396b-8399-8f7f18091e2c",
            "5b1d6c2e-8a3f-3e51-9c7d-2f4a6b8e1c03"
          ],
          "reviewCycleId": "review-2026-h1",
          "summary": "Agreed on a path to Principal Specialist on the expert track",
          "concludedAt": "2026-02-03T10:45:00Z",
          "acknowledged": true
        }
        """)
record ConversationSummary(String conversationId, String employeeId, ConversationKind kind, ConversationStatus status,
                           Instant scheduledFor, String scheduledBy, List<String> participants, String reviewCycleId,
                           String summary, Instant concludedAt, boolean acknowledged) {
}
