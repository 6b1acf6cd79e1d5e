package io.careerledger.events;

import java.time.LocalDate;

/** An approved promotion case took effect on the person's career: their new level, with its grade and band. */
@EventRevision(1)
public record PromotionApplied(
        String employeeId,
        String caseId,
        int fromLevel,
        int toLevel,
        String title,
        String grade,
        String salaryBand,
        LocalDate effectiveDate) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
