package io.careerledger.events;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** HR opened a review cycle on a framework, in its self-assessment phase, with a deadline for each phase. */
@EventRevision(1)
public record ReviewCycleOpened(
        @NotNull @Size(max = Limits.ID) String cycleId,
        @NotNull @Size(max = Limits.NAME) String name,
        @NotNull @Size(max = Limits.ID) String frameworkId,
        @NotNull @Valid ReviewPopulation population,
        @NotNull LocalDate selfAssessmentDeadline,
        @NotNull LocalDate managerAssessmentDeadline,
        @NotNull LocalDate calibrationDeadline,
        @NotNull @Size(max = Limits.ACTOR) String openedBy) implements CareerEvent {

    @Override
    public String subject() {
        return cycleId;
    }
}
