package io.careerledger.events;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The deadline of a phase passed while the cycle was still open, with who is still missing what, so
 * dashboards can show what is overdue and whom to chase.
 *
 * <p>Revision 2 added {@code missing}. Revision 1 events did not record it; they read with an empty
 * list, which there means "not recorded" rather than "nobody".
 *
 * @param missing the people in the cycle's population without an assessment for this phase in the cycle
 */
@EventRevision(2)
public record ReviewCycleDeadlinePassed(
        @NotNull @Size(max = Limits.ID) String cycleId,
        @NotNull ReviewPhase phase,
        @NotNull LocalDate deadline,
        @NotNull @Valid List<MissingAssessment> missing) implements CareerEvent {

    public ReviewCycleDeadlinePassed {
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    @Override
    public String subject() {
        return cycleId;
    }
}
