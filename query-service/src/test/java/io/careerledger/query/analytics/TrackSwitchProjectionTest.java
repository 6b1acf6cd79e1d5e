package io.careerledger.query.analytics;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.sql.Timestamp;

import org.junit.jupiter.api.Test;

import io.careerledger.events.TrackChosen;
import io.careerledger.query.consumption.BatchedWrites;
import io.careerledger.query.consumption.Envelope;
import io.careerledger.query.support.Envelopes;

/** The track-switch handler, called directly: only a change of track is a switch. */
class TrackSwitchProjectionTest {

    private final BatchedWrites writes = mock(BatchedWrites.class);
    private final TrackSwitchProjection projection = new TrackSwitchProjection(writes);

    @Test
    void aChangeOfTrackIsCountedOncePerEvent() {
        Envelope<TrackChosen> switched = Envelopes.of(new TrackChosen("ada", "fw", 1, "expert", "leader", 4, "Leads", "mgr-1", null));
        projection.trackChosen(switched);
        verify(writes).write(eq("track_switch"), eq(switched.id()), anyString(), eq(switched.id()), eq("ada"), eq("fw"), eq("expert"), eq("leader"),
                eq(Timestamp.from(Envelopes.AT)));
    }

    @Test
    void aFirstChoiceIsNoSwitch() {
        projection.trackChosen(Envelopes.of(new TrackChosen("ada", "fw", 1, null, "expert", 4, "Fits", "mgr-1", null)));
        verifyNoInteractions(writes);
    }

    @Test
    void choosingTheSameTrackAgainIsNoSwitch() {
        projection.trackChosen(Envelopes.of(new TrackChosen("ada", "fw", 2, "expert", "expert", 4, "Re-agreed", "mgr-1", null)));
        verifyNoInteractions(writes);
    }
}
