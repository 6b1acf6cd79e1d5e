package io.careerledger.web.career;

/** How much of the next level a person has, by the rule a nomination records; ready when all is met and verified. */
public record Readiness(int nextLevel, int expectationsMet, int expectations, int milestonesVerified, int milestones, boolean ready) {
}
