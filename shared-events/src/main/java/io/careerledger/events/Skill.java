package io.careerledger.events;

/** A skill: the small, assessable building block of a {@link Competency}. */
public record Skill(String id, String name, String description) {
}
