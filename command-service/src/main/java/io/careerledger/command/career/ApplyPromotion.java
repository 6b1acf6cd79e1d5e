package io.careerledger.command.career;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Applies an approved promotion case to a person's career; sent by the promotion saga, never by a client. */
public record ApplyPromotion(
        @TargetAggregateIdentifier String employeeId,
        String caseId,
        String trackId,
        int toLevel,
        LocalDate effectiveDate) {
}
