package io.careerledger.events;

import java.util.List;

/** A rating of one competency on the framework's proficiency scale, by the person themself, their manager, a peer (360-degree) or the council. */
@EventRevision(1)
public record CompetencyAssessed(
        String employeeId,
        String assessmentId,
        String competencyId,
        AssessorRole assessorRole,
        String assessorId,
        int proficiency,
        List<String> evidence,
        String comment,
        String reviewCycleId,
        String conversationId,
        String frameworkId,
        int frameworkVersion) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
