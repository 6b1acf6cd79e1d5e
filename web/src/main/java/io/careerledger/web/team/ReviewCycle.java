package io.careerledger.web.team;

/** A review cycle's name, for the assessments still missing in it. */
record ReviewCycle(String cycleId, String name, boolean closed) {
}
