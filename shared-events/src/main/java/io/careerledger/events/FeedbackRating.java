package io.careerledger.events;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One competency rated in an answer, from 1 (well below what the level expects) to 5 (well above). */
public record FeedbackRating(
        @NotNull @Size(max = Limits.ID) String competencyId,
        @Min(FeedbackRating.LOWEST) @Max(FeedbackRating.HIGHEST) int rating) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
}
