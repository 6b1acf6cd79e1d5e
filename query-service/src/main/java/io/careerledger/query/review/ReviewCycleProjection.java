package io.careerledger.query.review;

import io.careerledger.events.ReviewCycleClosed;
import io.careerledger.events.ReviewCycleDeadlinePassed;
import io.careerledger.events.ReviewCycleOpened;
import io.careerledger.events.ReviewCyclePhaseStarted;
import io.careerledger.query.api.JsonColumns;
import io.careerledger.query.consumption.Envelope;
import io.careerledger.query.consumption.Handlers;
import io.careerledger.query.consumption.Projection;
import org.springframework.stereotype.Component;

/**
 * Review cycles. A cycle's own events share its partition and arrive in order (one about a cycle
 * never opened fails and is parked); the assessments made into it are {@link AssessmentProjection}'s.
 */
@Component
class ReviewCycleProjection implements Projection {

    private final ReviewCycleRepository cycles;
    private final JsonColumns json;

    ReviewCycleProjection(ReviewCycleRepository cycles, JsonColumns json) {
        this.cycles = cycles;
        this.json = json;
    }

    @Override
    public void register(Handlers handlers) {
        handlers.on(ReviewCycleOpened.class, this::opened)
                .on(ReviewCyclePhaseStarted.class, this::phaseStarted)
                .on(ReviewCycleDeadlinePassed.class, this::deadlinePassed)
                .on(ReviewCycleClosed.class, this::closed);
    }

    void opened(Envelope<ReviewCycleOpened> envelope) {
        if (!cycles.existsById(envelope.payload().cycleId())) {
            cycles.save(new ReviewCycle(envelope.payload(), envelope.time(), json));
        }
    }

    void phaseStarted(Envelope<ReviewCyclePhaseStarted> envelope) {
        existing(envelope.payload().cycleId()).phaseStarted(envelope.payload().phase());
    }

    /** Revision 1 of the deadline event had no missing list; it reads as an empty one, which would say "nobody". */
    void deadlinePassed(Envelope<ReviewCycleDeadlinePassed> envelope) {
        ReviewCycleDeadlinePassed passed = envelope.payload();
        boolean recordsMissing = !envelope.type().endsWith(".v1");
        existing(passed.cycleId()).deadlinePassed(new ReviewCycle.PassedDeadline(passed.phase(), passed.deadline(),
                envelope.time(), recordsMissing ? passed.missing() : null), json);
    }

    void closed(Envelope<ReviewCycleClosed> envelope) {
        existing(envelope.payload().cycleId()).closed(envelope.payload().closedBy(), envelope.time());
    }

    private ReviewCycle existing(String cycleId) {
        return cycles.findById(cycleId).orElseThrow(() ->
                new IllegalStateException("Review cycle " + cycleId + " was never opened."));
    }
}
