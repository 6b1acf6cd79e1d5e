package io.careerledger.command.career;

import java.util.List;

import io.careerledger.events.AssessorRole;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A rating of one competency; the assessment id is the client's, so a retry creates nothing new. */
public record AssessCompetency(
        @TargetAggregateIdentifier String employeeId,
        String assessmentId,
        String competencyId,
        AssessorRole assessorRole,
        int proficiency,
        List<String> evidence,
        String comment,
        String reviewCycleId,
        String conversationId) {
}
