package io.careerledger.events;

/** At a level of a track, the proficiency (on the framework's scale) expected in a competency. */
public record Expectation(String competencyId, int proficiency) {
}
