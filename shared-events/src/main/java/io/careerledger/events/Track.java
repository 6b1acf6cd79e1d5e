package io.careerledger.events;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A career track.
 *
 * @param kind {@code INDIVIDUAL_CONTRIBUTOR}, {@code PEOPLE_LEADERSHIP}, {@code FOUNDATION} or the
 *             organisation's own kind, in upper snake case
 * @param levels ascending and consecutive, starting at any level (a leadership variant may start at 5)
 */
public record Track(@NotNull @Size(max = Limits.ID) String id, @NotNull @Size(max = Limits.NAME) String name, @NotNull @Size(max = Limits.NAME) String kind, @NotNull @Valid List<TrackLevel> levels) {

    public Track {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    public Optional<TrackLevel> level(int level) {
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }
}
