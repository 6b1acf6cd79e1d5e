package io.careerledger.events;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Twelve months after its publication, the version in force is due for the council's annual review. */
@EventRevision(1)
public record FrameworkAnnualReviewDue(
        @NotNull @Size(max = Limits.ID) String frameworkId,
        int version,
        @NotNull LocalDate publishedOn) implements CareerEvent {

    @Override
    public String subject() {
        return frameworkId;
    }
}
