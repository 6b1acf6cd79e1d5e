package io.careerledger.query.analytics;

/**
 * @param headCount               people on the track now
 * @param promotions              promotions on the track that took effect in the period
 * @param rate                    promotions per person on the track
 * @param medianDaysToPromotion   median days at the old level before those promotions; absent without promotions
 */
record TrackPromotions(String trackId, long headCount, long promotions, double rate, Double medianDaysToPromotion) {
}
