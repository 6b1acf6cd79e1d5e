package io.careerledger.events;

import java.util.List;

/**
 * A competency of a framework, made up of skills (bottom-up).
 *
 * @param category free grouping shown to people, e.g. {@code technical} or {@code entrepreneurial}
 */
public record Competency(String id, String name, String description, String category, List<Skill> skills) {

    public Competency {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
