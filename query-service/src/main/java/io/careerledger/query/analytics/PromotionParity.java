package io.careerledger.query.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * Promotion rates and median times per track next to the overall ones, so a track that lags behind stands out.
 *
 * @param overallMedianDaysToPromotion median days at the old level before every promotion counted here; absent without promotions
 */
@Schema(example = """
        {
          "from": "2026-01-01",
          "to": "2026-12-31",
          "overallRate": 0.17,
          "overallMedianDaysToPromotion": 700.0,
          "tracks": [
            {
              "trackId": "expert",
              "headCount": 4,
              "promotions": 1,
              "rate": 0.25,
              "medianDaysToPromotion": 700.0
            },
            {
              "trackId": "people-leader",
              "headCount": 1,
              "promotions": 0,
              "rate": 0.0,
              "medianDaysToPromotion": null
            }
          ]
        }
        """)
record PromotionParity(LocalDate from, LocalDate to, double overallRate, Double overallMedianDaysToPromotion, List<TrackPromotions> tracks) {
}
