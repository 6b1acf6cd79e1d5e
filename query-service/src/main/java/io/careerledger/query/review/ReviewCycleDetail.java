package io.careerledger.query.review;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.careerledger.events.ReviewPhase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A review cycle with the deadlines that passed and who had not done their part by then.
 *
 * @param populationSize the people the cycle covers, as the employee read model knows them now
 */
record ReviewCycleDetail(@JsonUnwrapped ReviewCycleView cycle, int populationSize, List<PassedDeadline> passedDeadlines) {

    /** @param missing who had no assessment of the phase's kind in the cycle when the deadline passed, by employee id */
    record PassedDeadline(ReviewPhase phase, LocalDate deadline, Instant passedAt, List<String> missing) {
    }
}
