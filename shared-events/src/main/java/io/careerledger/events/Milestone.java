package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An evidence-based milestone of a level: observable, objective and time-bound.
 *
 * @param evidence      what shows the milestone was reached (observable and objective)
 * @param timeboxMonths within how many months of starting the level it is expected
 */
public record Milestone(@NotNull @Size(max = Limits.ID) String id, @NotNull @Size(max = Limits.TEXT) String description, @NotNull @Size(max = Limits.TEXT) String evidence, int timeboxMonths) {
}
