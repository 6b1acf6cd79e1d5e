package io.careerledger.events;

import java.time.LocalDate;
import java.util.List;

/** A rotation or secondment began: where to, what it needs and what it should bring. */
@EventRevision(1)
public record MobilityAssignmentStarted(
        String employeeId,
        String assignmentId,
        MobilityKind kind,
        String targetTeam,
        String targetTrackId,
        List<String> prerequisites,
        List<String> expectedOutcomes,
        LocalDate startDate,
        LocalDate endDate) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
