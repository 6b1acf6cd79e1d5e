package io.careerledger.events;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A stated, reasoned exception to parity: at {@code level}, the listed tracks may differ in grade or
 * salary band. Without one, the same level number pays the same on every track.
 */
public record ParityException(int level, @NotNull List<@NotNull @Size(max = Limits.ID) String> tracks, @NotNull @Size(max = Limits.REASON) String reason) {

    public ParityException {
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
    }

    public boolean covers(int level, String trackA, String trackB) {
        return this.level == level && tracks.contains(trackA) && tracks.contains(trackB);
    }
}
