package io.careerledger.web.hr;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The query-service's organisation analytics, as the HR pages read them. */
final class Analytics {

    private Analytics() {
    }

    /** @param trackId absent for people who have not chosen a track yet */
    record HeadCount(String trackId, int level, long people) {
    }

    /** @param overallMedianDaysToPromotion absent without promotions */
    record PromotionParity(LocalDate from, LocalDate to, double overallRate, Double overallMedianDaysToPromotion,
                           List<TrackPromotions> tracks) {

        public long headCount() {
            return tracks.stream().mapToLong(TrackPromotions::headCount).sum();
        }

        public long promotions() {
            return tracks.stream().mapToLong(TrackPromotions::promotions).sum();
        }
    }

    /** @param medianDaysToPromotion absent without promotions */
    record TrackPromotions(String trackId, long headCount, long promotions, double rate, Double medianDaysToPromotion) {
    }

    record RatingDistribution(long ratings, double overallMean, double threshold, int minRatings, List<AssessorRatings> assessors) {
    }

    /** @param outlier LENIENT or SEVERE, absent when the assessor rates like everyone else (or rated too few) */
    record AssessorRatings(String assessorId, long ratings, double mean, double deviation, Map<Integer, Long> distribution,
                           String outlier) {
    }

    record ReviewCycleCompletion(String cycleId, String name, String phase, boolean closed, int populationSize,
                                 Progress selfAssessments, Progress managerAssessments, Progress calibrations,
                                 double percentComplete) {
    }

    record Progress(int done, int expected) {
    }
}
