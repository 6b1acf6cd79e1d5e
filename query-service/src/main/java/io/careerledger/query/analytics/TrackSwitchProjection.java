package io.careerledger.query.analytics;

import java.sql.Timestamp;

import org.springframework.stereotype.Component;

import io.careerledger.events.TrackChosen;
import io.careerledger.query.consumption.BatchedWrites;
import io.careerledger.query.consumption.Envelope;
import io.careerledger.query.consumption.Handlers;
import io.careerledger.query.consumption.Projection;

/** The track switches analytics counts: its own table, one row per event, so a replay adds nothing. */
@Component
class TrackSwitchProjection implements Projection {

    private final BatchedWrites writes;

    TrackSwitchProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @Override
    public void register(Handlers handlers) {
        handlers.on(TrackChosen.class, this::trackChosen);
    }

    /** A first choice (no previous track) or a choice of the same track is no switch. */
    void trackChosen(Envelope<TrackChosen> envelope) {
        TrackChosen e = envelope.payload();
        if (e.previousTrackId() != null && !e.previousTrackId().equals(e.trackId())) {
            writes.write("track_switch", envelope.id(), """
                    INSERT INTO track_switch (event_id, employee_id, framework_id, from_track_id, to_track_id, switched_at)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", envelope.id(), e.employeeId(), e.frameworkId(),
                    e.previousTrackId(), e.trackId(), Timestamp.from(envelope.time()));
        }
    }
}
