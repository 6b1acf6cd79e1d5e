package io.careerledger.events;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The council's quorum approved a version: from now on it is the version in force, the one new
 * decisions are checked against. Published versions never change.
 *
 * @param approvedBy       the council members whose approvals published it
 * @param annualReviewDue  when the council is due to review it again
 */
@EventRevision(1)
public record FrameworkVersionPublished(
        @NotNull @Size(max = Limits.ID) String frameworkId,
        int version,
        @NotNull @Valid FrameworkDefinition definition,
        @NotNull List<@NotNull @Size(max = Limits.ACTOR) String> approvedBy,
        LocalDate annualReviewDue) implements CareerEvent {

    public FrameworkVersionPublished {
        approvedBy = approvedBy == null ? List.of() : List.copyOf(approvedBy);
    }

    @Override
    public String subject() {
        return frameworkId;
    }
}
