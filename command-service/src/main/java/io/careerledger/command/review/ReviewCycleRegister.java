package io.careerledger.command.review;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.careerledger.events.ReviewCycleClosed;
import io.careerledger.events.ReviewCycleOpened;
import io.careerledger.events.ReviewCyclePhaseStarted;

/**
 * The review cycles and their phase, for the career's "no assessment into a closed cycle". Updated by
 * a subscribing processor, in the transaction that stores the event, so it is never behind.
 */
@Component
@ProcessingGroup(ReviewCycleRegister.PROCESSING_GROUP)
class ReviewCycleRegister implements ReviewCycles {

    static final String PROCESSING_GROUP = "review-cycles";

    private final JdbcClient jdbc;

    ReviewCycleRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Boolean> isOpen(String cycleId) {
        return jdbc.sql("SELECT NOT closed FROM review_cycle WHERE cycle_id = ?").param(cycleId).query(Boolean.class).optional();
    }

    @EventHandler
    void on(ReviewCycleOpened event) {
        jdbc.sql("INSERT INTO review_cycle (cycle_id, framework_id, phase) VALUES (?, ?, 'SELF_ASSESSMENT') ON CONFLICT (cycle_id) DO NOTHING")
                .params(event.cycleId(), event.frameworkId())
                .update();
    }

    @EventHandler
    void on(ReviewCyclePhaseStarted event) {
        jdbc.sql("UPDATE review_cycle SET phase = ? WHERE cycle_id = ?").params(event.phase().name(), event.cycleId()).update();
    }

    @EventHandler
    void on(ReviewCycleClosed event) {
        jdbc.sql("UPDATE review_cycle SET closed = TRUE WHERE cycle_id = ?").param(event.cycleId()).update();
    }
}
