package io.careerledger.events;

import java.time.LocalDate;

/** The deadline of a phase passed while the cycle was still open; dashboards show what is overdue. */
@EventRevision(1)
public record ReviewCycleDeadlinePassed(
        String cycleId,
        ReviewPhase phase,
        LocalDate deadline) implements CareerEvent {

    @Override
    public String subject() {
        return cycleId;
    }
}
