package io.careerledger.query.dashboard;

/** How many of the next level's expectations the person meets; ready when all of them. */
record Readiness(int nextLevel, int expectationsMet, int expectations, boolean ready) {
}
