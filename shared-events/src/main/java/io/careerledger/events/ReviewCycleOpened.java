package io.careerledger.events;

import java.time.LocalDate;

/** HR opened a review cycle on a framework, in its self-assessment phase, with a deadline for each phase. */
@EventRevision(1)
public record ReviewCycleOpened(
        String cycleId,
        String name,
        String frameworkId,
        ReviewPopulation population,
        LocalDate selfAssessmentDeadline,
        LocalDate managerAssessmentDeadline,
        LocalDate calibrationDeadline,
        String openedBy) implements CareerEvent {

    @Override
    public String subject() {
        return cycleId;
    }
}
