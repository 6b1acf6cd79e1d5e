package io.careerledger.events;

import java.time.LocalDate;

/** A rotation or secondment ended, with what came of it. */
@EventRevision(1)
public record MobilityAssignmentEnded(
        String employeeId,
        String assignmentId,
        LocalDate endedOn,
        String outcome) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
