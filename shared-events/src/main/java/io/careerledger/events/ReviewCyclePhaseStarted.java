package io.careerledger.events;

/** A review cycle moved on to its next phase. */
@EventRevision(1)
public record ReviewCyclePhaseStarted(
        String cycleId,
        ReviewPhase previousPhase,
        ReviewPhase phase) implements CareerEvent {

    @Override
    public String subject() {
        return cycleId;
    }
}
