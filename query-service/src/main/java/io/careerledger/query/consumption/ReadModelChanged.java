package io.careerledger.query.consumption;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Published after an event's effects are committed: what live dashboards listen to.
 *
 * @param formerManagerId the manager the employee left, when the event moved them to another; their
 *                        team's view lost someone, though the employee now belongs to another team
 */
public record ReadModelChanged(String employeeId, String eventType, String eventId, Instant occurredAt,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String formerManagerId) {
}
