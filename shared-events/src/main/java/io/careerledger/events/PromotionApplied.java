package io.careerledger.events;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An approved promotion case took effect on the person's career: their new level, with its grade and band. */
@EventRevision(1)
public record PromotionApplied(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.ID) String caseId,
        int fromLevel,
        int toLevel,
        @Size(max = Limits.NAME) String title,
        @Size(max = Limits.NAME) String grade,
        @Size(max = Limits.NAME) String salaryBand,
        LocalDate effectiveDate) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
