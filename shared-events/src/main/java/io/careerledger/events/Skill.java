package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A skill: the small, assessable building block of a {@link Competency}. */
public record Skill(@NotNull @Size(max = Limits.ID) String id, @NotNull @Size(max = Limits.NAME) String name, @Size(max = Limits.TEXT) String description) {
}
