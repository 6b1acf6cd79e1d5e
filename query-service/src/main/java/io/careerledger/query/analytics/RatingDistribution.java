package io.careerledger.query.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * @param ratings     how many ratings of others there are in all
 * @param overallMean their mean, the yardstick for every assessor
 */
@Schema(example = """
        {
          "ratings": 48,
          "overallMean": 3.1,
          "threshold": 0.5,
          "minRatings": 5,
          "assessors": [
            {
              "assessorId": "5b1d6c2e-8a3f-3e51-9c7d-2f4a6b8e1c03",
              "ratings": 12,
              "mean": 3.9,
              "deviation": 0.8,
              "distribution": {
                "3": 3,
                "4": 7,
                "5": 2
              },
              "outlier": "LENIENT"
            }
          ]
        }
        """)
record RatingDistribution(long ratings, double overallMean, double threshold, int minRatings, List<AssessorRatings> assessors) {
}
