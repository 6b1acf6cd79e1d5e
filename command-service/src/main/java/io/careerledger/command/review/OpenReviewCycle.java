package io.careerledger.command.review;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.careerledger.events.ReviewPopulation;

/** Opens a review cycle; the cycle id is the client's, so a retry opens nothing new. */
public record OpenReviewCycle(
        @TargetAggregateIdentifier String cycleId,
        String name,
        String frameworkId,
        ReviewPopulation population,
        LocalDate selfAssessmentDeadline,
        LocalDate managerAssessmentDeadline,
        LocalDate calibrationDeadline) {
}
