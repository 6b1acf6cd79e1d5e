package io.careerledger.events;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A competency of a framework, made up of skills (bottom-up).
 *
 * @param category free grouping shown to people, e.g. {@code technical} or {@code entrepreneurial}
 */
public record Competency(@NotNull @Size(max = Limits.ID) String id, @NotNull @Size(max = Limits.NAME) String name, @Size(max = Limits.TEXT) String description, @Size(max = Limits.NAME) String category, @NotNull @Valid List<Skill> skills) {

    public Competency {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
