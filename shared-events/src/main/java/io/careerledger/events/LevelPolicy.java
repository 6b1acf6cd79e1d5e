package io.careerledger.events;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Which tracks a range of levels may be on.
 *
 * @param toLevel              inclusive; {@code null} means "and every level above"
 * @param allowedTracks        the only tracks allowed in the range; empty means any track
 * @param requiredCompetencies competencies every allowed track must expect at those levels (seed 000:
 *                             from level 5 the leadership variant also expects expert and entrepreneurial
 *                             competencies)
 * @param explanation          one sentence shown to people when a choice is refused
 */
public record LevelPolicy(int fromLevel, Integer toLevel, @NotNull List<@NotNull @Size(max = Limits.ID) String> allowedTracks,
        @NotNull List<@NotNull @Size(max = Limits.ID) String> requiredCompetencies, @NotNull @Size(max = Limits.REASON) String explanation) {

    public LevelPolicy {
        allowedTracks = allowedTracks == null ? List.of() : List.copyOf(allowedTracks);
        requiredCompetencies = requiredCompetencies == null ? List.of() : List.copyOf(requiredCompetencies);
    }

    public boolean covers(int level) {
        return level >= fromLevel && (toLevel == null || level <= toLevel);
    }

    public boolean allows(String trackId) {
        return allowedTracks.isEmpty() || allowedTracks.contains(trackId);
    }
}
