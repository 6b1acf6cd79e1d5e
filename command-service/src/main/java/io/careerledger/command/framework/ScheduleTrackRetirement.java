package io.careerledger.command.framework;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

record ScheduleTrackRetirement(
        @TargetAggregateIdentifier String frameworkId,
        String trackId,
        LocalDate sunsetDate,
        String successorTrackId,
        String reason) {
}
