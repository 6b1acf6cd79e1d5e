package io.careerledger.query.review;

import io.careerledger.events.ReviewPhase;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How far a cycle's population is: per kind of assessment, the people with at least one in the cycle
 * against the population size.
 *
 * @param percentComplete done over expected, all three kinds together, 0–100 with one decimal
 */
@Schema(example = """
        {
          "cycleId": "review-2026-h1",
          "name": "First half 2026",
          "phase": "MANAGER_ASSESSMENT",
          "closed": false,
          "populationSize": 3,
          "selfAssessments": {
            "done": 3,
            "expected": 3
          },
          "managerAssessments": {
            "done": 1,
            "expected": 3
          },
          "calibrations": {
            "done": 0,
            "expected": 3
          },
          "percentComplete": 44.4
        }
        """)
record ReviewCycleCompletion(String cycleId, String name, ReviewPhase phase, boolean closed, int populationSize,
                             Progress selfAssessments, Progress managerAssessments, Progress calibrations,
                             double percentComplete) {

    record Progress(int done, int expected) {
    }
}
