package io.careerledger.events;

import java.time.LocalDate;
import java.util.List;

/**
 * The council's quorum approved a version: from now on it is the version in force, the one new
 * decisions are checked against. Published versions never change.
 *
 * @param approvedBy       the council members whose approvals published it
 * @param annualReviewDue  when the council is due to review it again
 */
@EventRevision(1)
public record FrameworkVersionPublished(
        String frameworkId,
        int version,
        FrameworkDefinition definition,
        List<String> approvedBy,
        LocalDate annualReviewDue) implements CareerEvent {

    public FrameworkVersionPublished {
        approvedBy = approvedBy == null ? List.of() : List.copyOf(approvedBy);
    }

    @Override
    public String subject() {
        return frameworkId;
    }
}
