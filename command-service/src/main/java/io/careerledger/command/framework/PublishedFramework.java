package io.careerledger.command.framework;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import io.careerledger.events.FrameworkDefinition;
import io.careerledger.events.TrackRetirementScheduled;

/**
 * The version of a framework in force, with the track retirements scheduled on it: what a person's
 * choices and ratings are checked against.
 */
public record PublishedFramework(int version, FrameworkDefinition definition, Map<String, TrackRetirementScheduled> retirements) {

    public PublishedFramework {
        retirements = Map.copyOf(retirements);
    }

    /** Why someone at {@code level} can't choose {@code trackId} on {@code date}; empty when they can. */
    public Optional<String> trackRefusal(String trackId, int level, LocalDate date) {
        TrackRetirementScheduled retirement = retirements.get(trackId);
        if (retirement != null && !date.isBefore(retirement.sunsetDate())) {
            return Optional.of("Track '" + trackId + "' was retired on " + retirement.sunsetDate() + "; people on it move to '"
                    + retirement.successorTrackId() + "'.");
        }
        return definition.trackRefusal(trackId, level);
    }
}
