package io.careerledger.query.analytics;

import java.util.List;

/**
 * @param ratings     how many ratings of others there are in all
 * @param overallMean their mean, the yardstick for every assessor
 */
record RatingDistribution(long ratings, double overallMean, double threshold, int minRatings, List<AssessorRatings> assessors) {
}
