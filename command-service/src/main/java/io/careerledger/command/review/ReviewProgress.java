package io.careerledger.command.review;

import java.util.List;

import io.careerledger.events.MissingAssessment;
import io.careerledger.events.ReviewCycleOpened;
import io.careerledger.events.ReviewPhase;

/** What the people in a review cycle have contributed to it so far, for "who is still missing what". */
@FunctionalInterface
public interface ReviewProgress {

    /** @return the people in the cycle's population without an assessment for {@code phase} in the cycle */
    List<MissingAssessment> missing(ReviewCycleOpened cycle, ReviewPhase phase);
}
