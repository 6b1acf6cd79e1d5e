package io.careerledger.query.review;

import io.careerledger.events.ReviewPhase;
import io.careerledger.events.ReviewPopulation;
import java.time.Instant;
import java.time.LocalDate;

/** A review cycle as listed: its phase, deadlines and population. */
record ReviewCycleView(String cycleId, String name, String frameworkId, ReviewPhase phase, boolean closed,
                       ReviewPopulation population, LocalDate selfAssessmentDeadline, LocalDate managerAssessmentDeadline,
                       LocalDate calibrationDeadline, String openedBy, Instant openedAt, String closedBy, Instant closedAt) {
}
