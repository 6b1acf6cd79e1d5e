package io.careerledger.query.analytics;

/** @param trackId absent for people who have not chosen a track yet */
record HeadCount(String trackId, int level, long people) {
}
