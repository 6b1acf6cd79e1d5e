package io.careerledger.query.review;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A review cycle with the deadlines that passed and who had not done their part by then.
 *
 * @param populationSize the people the cycle covers, as the employee read model knows them now
 */
record ReviewCycleDetail(@JsonUnwrapped ReviewCycleView cycle, int populationSize, List<ReviewCycle.PassedDeadline> passedDeadlines) {
}
