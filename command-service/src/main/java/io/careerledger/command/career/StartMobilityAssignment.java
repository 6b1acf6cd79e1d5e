package io.careerledger.command.career;

import java.time.LocalDate;
import java.util.List;

import io.careerledger.events.MobilityKind;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A rotation or secondment begins. */
public record StartMobilityAssignment(
        @TargetAggregateIdentifier String employeeId,
        String assignmentId,
        MobilityKind kind,
        String targetTeam,
        String targetTrackId,
        List<String> prerequisites,
        List<String> expectedOutcomes,
        LocalDate startDate,
        LocalDate endDate) {
}
