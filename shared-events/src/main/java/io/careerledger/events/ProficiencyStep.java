package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One named step of a framework's proficiency scale, e.g. {@code 1 Learning} … {@code 5 Leading}.
 * Steps are numbered 1..n in order, so a higher value always means more proficient.
 */
public record ProficiencyStep(int value, @NotNull @Size(max = Limits.NAME) String name, @Size(max = Limits.TEXT) String description) {
}
