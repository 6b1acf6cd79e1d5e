package io.careerledger.query.analytics;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.sql.Timestamp;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.events.TrackChosen;
import io.careerledger.query.consumption.Envelope;
import io.careerledger.query.support.Envelopes;

/** The track-switch handler, called directly: only a change of track is a switch. */
class TrackSwitchProjectionTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final TrackSwitchProjection projection = new TrackSwitchProjection(jdbc);

    @Test
    void aChangeOfTrackIsCountedOncePerEvent() {
        Envelope<TrackChosen> switched = Envelopes.of(new TrackChosen("ada", "fw", 1, "expert", "leader", 4, "Leads", "mgr-1", null));
        projection.trackChosen(switched);
        verify(jdbc).update(anyString(), eq(switched.id()), eq("ada"), eq("fw"), eq("expert"), eq("leader"),
                eq(Timestamp.from(Envelopes.AT)));
    }

    @Test
    void aFirstChoiceIsNoSwitch() {
        projection.trackChosen(Envelopes.of(new TrackChosen("ada", "fw", 1, null, "expert", 4, "Fits", "mgr-1", null)));
        verify(jdbc, never()).update(anyString(), any(Object[].class));
    }

    @Test
    void choosingTheSameTrackAgainIsNoSwitch() {
        projection.trackChosen(Envelopes.of(new TrackChosen("ada", "fw", 2, "expert", "expert", 4, "Re-agreed", "mgr-1", null)));
        verify(jdbc, never()).update(anyString(), any(Object[].class));
    }
}
