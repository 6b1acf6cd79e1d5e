package io.careerledger.query.review;

import io.careerledger.events.ReviewPhase;

/**
 * How far a cycle's population is: per kind of assessment, the people with at least one in the cycle
 * against the population size.
 *
 * @param percentComplete done over expected, all three kinds together, 0–100 with one decimal
 */
record ReviewCycleCompletion(String cycleId, String name, ReviewPhase phase, boolean closed, int populationSize,
                             Progress selfAssessments, Progress managerAssessments, Progress calibrations,
                             double percentComplete) {

    record Progress(int done, int expected) {
    }
}
