package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** At a level of a track, the proficiency (on the framework's scale) expected in a competency. */
public record Expectation(@NotNull @Size(max = Limits.ID) String competencyId, int proficiency) {
}
