package io.careerledger.query.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;

import io.careerledger.rules.ReadinessRule;

/**
 * How much of the next level the person has: ready when they meet every expectation and every
 * milestone is verified, the rule a nomination's readiness snapshot records.
 */
@Schema(example = """
        {
          "nextLevel": 5,
          "expectationsMet": 2,
          "expectations": 3,
          "milestonesVerified": 0,
          "milestones": 1,
          "ready": false
        }
        """)
public record Readiness(int nextLevel, int expectationsMet, int expectations, int milestonesVerified, int milestones, boolean ready) {

    static Readiness of(int nextLevel, ReadinessRule.Verdict verdict) {
        return new Readiness(nextLevel, verdict.expectationsMet(), verdict.expectations(), verdict.milestonesVerified(),
                verdict.milestones(), verdict.ready());
    }
}
