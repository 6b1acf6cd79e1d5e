package io.careerledger.events;

import java.time.LocalDate;

/** Twelve months after its publication, the version in force is due for the council's annual review. */
@EventRevision(1)
public record FrameworkAnnualReviewDue(
        String frameworkId,
        int version,
        LocalDate publishedOn) implements CareerEvent {

    @Override
    public String subject() {
        return frameworkId;
    }
}
