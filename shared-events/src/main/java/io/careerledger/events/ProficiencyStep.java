package io.careerledger.events;

/**
 * One named step of a framework's proficiency scale, e.g. {@code 1 Learning} … {@code 5 Leading}.
 * Steps are numbered 1..n in order, so a higher value always means more proficient.
 */
public record ProficiencyStep(int value, String name, String description) {
}
