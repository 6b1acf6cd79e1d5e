package io.careerledger.query.analytics;

/** @param month {@code YYYY-MM} (UTC) */
record TrackSwitches(String month, String fromTrackId, String toTrackId, long switches) {
}
