package io.careerledger.events;

/** A review cycle closed after calibration: no assessment goes into it any more. */
@EventRevision(1)
public record ReviewCycleClosed(
        String cycleId,
        String closedBy) implements CareerEvent {

    @Override
    public String subject() {
        return cycleId;
    }
}
