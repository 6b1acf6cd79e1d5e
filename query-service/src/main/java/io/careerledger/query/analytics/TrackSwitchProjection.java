package io.careerledger.query.analytics;

import java.sql.Timestamp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.TrackChosen;
import io.careerledger.query.consumption.AuditEvent;
import io.careerledger.query.consumption.Projection;

/** The track switches analytics counts: its own table, one row per event, so a replay adds nothing. */
@Component
class TrackSwitchProjection implements Projection {

    private final JdbcTemplate jdbc;

    TrackSwitchProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void project(CareerEvent event, AuditEvent envelope) {
        if (event instanceof TrackChosen e && e.previousTrackId() != null && !e.previousTrackId().equals(e.trackId())) {
            jdbc.update("""
                    INSERT INTO track_switch (event_id, employee_id, framework_id, from_track_id, to_track_id, switched_at)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", envelope.eventId(), e.employeeId(), e.frameworkId(),
                    e.previousTrackId(), e.trackId(), Timestamp.from(envelope.occurredAt()));
        }
    }
}
