package io.careerledger.query.analytics;

import java.time.LocalDate;
import java.util.List;

/** Promotion rates per track next to the overall rate, so a track that lags behind stands out. */
record PromotionParity(LocalDate from, LocalDate to, double overallRate, List<TrackPromotions> tracks) {
}
