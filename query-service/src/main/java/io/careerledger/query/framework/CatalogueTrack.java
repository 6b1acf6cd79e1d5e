package io.careerledger.query.framework;

import java.time.LocalDate;
import java.util.List;

import io.careerledger.events.Track;
import io.careerledger.events.TrackLevel;

/**
 * A track of the version in force, with its retirement if one is scheduled.
 *
 * @param pastSunset whether the track is retired as of today: nobody can choose it any more
 */
record CatalogueTrack(String id, String name, String kind, List<TrackLevel> levels, ScheduledRetirement retirement,
                      boolean pastSunset) {

    static CatalogueTrack of(Track track, ScheduledRetirement retirement, LocalDate today) {
        return new CatalogueTrack(track.id(), track.name(), track.kind(), track.levels(), retirement,
                retirement != null && retirement.isPastSunset(today));
    }
}
