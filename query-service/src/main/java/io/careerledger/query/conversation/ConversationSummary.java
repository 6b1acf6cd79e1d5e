package io.careerledger.query.conversation;

import java.time.Instant;
import java.util.List;

import io.careerledger.events.ConversationKind;

/**
 * A conversation in an employee's history.
 *
 * @param participants the employee and the scheduler first, then the others
 * @param summary      absent until it is concluded
 */
record ConversationSummary(String conversationId, String employeeId, ConversationKind kind, ConversationStatus status,
                           Instant scheduledFor, String scheduledBy, List<String> participants, String reviewCycleId,
                           String summary, Instant concludedAt, boolean acknowledged) {
}
