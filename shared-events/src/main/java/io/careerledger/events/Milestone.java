package io.careerledger.events;

/**
 * An evidence-based milestone of a level: observable, objective and time-bound.
 *
 * @param evidence      what shows the milestone was reached (observable and objective)
 * @param timeboxMonths within how many months of starting the level it is expected
 */
public record Milestone(String id, String description, String evidence, int timeboxMonths) {
}
