package io.careerledger.query.analytics;

import java.util.Map;

/**
 * How one assessor rates others.
 *
 * @param distribution how many ratings they gave at each proficiency
 * @param deviation    their mean minus the overall mean
 * @param outlier      LENIENT or SEVERE when the deviation exceeds the threshold on enough ratings; absent otherwise
 */
record AssessorRatings(String assessorId, long ratings, double mean, double deviation, Map<Integer, Long> distribution, String outlier) {

    static AssessorRatings of(String assessorId, Map<Integer, Long> distribution, double overallMean, double threshold, int minRatings) {
        long ratings = distribution.values().stream().mapToLong(Long::longValue).sum();
        double mean = distribution.entrySet().stream().mapToDouble(step -> step.getKey() * (double) step.getValue()).sum() / ratings;
        double deviation = mean - overallMean;
        String outlier = null;
        if (ratings >= minRatings && Math.abs(deviation) > threshold) {
            outlier = deviation > 0 ? "LENIENT" : "SEVERE";
        }
        return new AssessorRatings(assessorId, ratings, mean, deviation, distribution, outlier);
    }
}
