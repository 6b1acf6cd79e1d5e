package io.careerledger.query.analytics;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.AssertTrue;

/** The dates an analysis covers, both inclusive, from query parameters; an absent end leaves the period open. */
record Period(@Parameter(example = "2026-01-01") LocalDate from, @Parameter(example = "2026-12-31") LocalDate to) {

    /** Before anything the ledger records. */
    private static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);
    private static final LocalDate END = LocalDate.of(9999, 12, 30);

    @AssertTrue(message = "from must not be after to")
    boolean isOrdered() {
        return from == null || to == null || !from.isAfter(to);
    }

    LocalDate first() {
        return from == null ? BEGINNING : from;
    }

    LocalDate last() {
        return to == null ? END : to;
    }
}
