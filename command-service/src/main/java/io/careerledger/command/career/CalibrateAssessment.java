package io.careerledger.command.career;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The council or HR adjusts a rating, with a justification. */
public record CalibrateAssessment(
        @TargetAggregateIdentifier String employeeId,
        String assessmentId,
        int proficiency,
        String justification) {
}
