package io.careerledger.events;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A rotation or secondment began: where to, what it needs and what it should bring. */
@EventRevision(1)
public record MobilityAssignmentStarted(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String assignmentId,
        @NotNull MobilityKind kind,
        @NotNull @Size(max = Limits.NAME) String targetTeam,
        @Size(max = Limits.ID) String targetTrackId,
        @PersonalData List<@NotNull @Size(max = Limits.REASON) String> prerequisites,
        @PersonalData List<@NotNull @Size(max = Limits.REASON) String> expectedOutcomes,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
