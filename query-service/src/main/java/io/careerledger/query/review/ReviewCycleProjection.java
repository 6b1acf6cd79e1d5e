package io.careerledger.query.review;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.ReviewCycleClosed;
import io.careerledger.events.ReviewCycleDeadlinePassed;
import io.careerledger.events.ReviewCycleOpened;
import io.careerledger.events.ReviewCyclePhaseStarted;
import io.careerledger.query.api.JsonColumns;
import io.careerledger.query.consumption.AuditEvent;
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
    public void project(CareerEvent event, AuditEvent envelope) {
        if (event instanceof ReviewCycleOpened opened) {
            if (!cycles.existsById(opened.cycleId())) {
                cycles.save(new ReviewCycle(opened, envelope.occurredAt(), json));
            }
        } else if (event instanceof ReviewCyclePhaseStarted started) {
            existing(started.cycleId()).phaseStarted(started.phase());
        } else if (event instanceof ReviewCycleDeadlinePassed passed) {
            existing(passed.cycleId()).deadlinePassed(new ReviewCycle.PassedDeadline(passed.phase(), passed.deadline(),
                    envelope.occurredAt(), recordsMissing(envelope) ? passed.missing() : null), json);
        } else if (event instanceof ReviewCycleClosed closed) {
            existing(closed.cycleId()).closed(closed.closedBy(), envelope.occurredAt());
        }
    }

    /** Revision 1 of the deadline event had no missing list; it reads as an empty one, which would say "nobody". */
    private static boolean recordsMissing(AuditEvent envelope) {
        return !envelope.eventType().endsWith(".v1");
    }

    private ReviewCycle existing(String cycleId) {
        return cycles.findById(cycleId).orElseThrow(() ->
                new IllegalStateException("Review cycle " + cycleId + " was never opened."));
    }
}
