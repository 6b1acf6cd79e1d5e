package io.careerledger.events;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A rating of one competency on the framework's proficiency scale, by the person themself, their manager, a peer (360-degree) or the council. */
@EventRevision(1)
public record CompetencyAssessed(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String assessmentId,
        @NotNull @Size(max = Limits.ID) String competencyId,
        @NotNull AssessorRole assessorRole,
        @NotNull @Size(max = Limits.ACTOR) String assessorId,
        int proficiency,
        @PersonalData List<@NotNull @Size(max = Limits.REASON) String> evidence,
        @PersonalData @Size(max = Limits.TEXT) String comment,
        @Size(max = Limits.ID) String reviewCycleId,
        @Size(max = Limits.ID) String conversationId,
        @Size(max = Limits.ID) String frameworkId,
        int frameworkVersion) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
