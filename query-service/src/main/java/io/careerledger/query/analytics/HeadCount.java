package io.careerledger.query.analytics;

import io.swagger.v3.oas.annotations.media.Schema;

/** @param trackId absent for people who have not chosen a track yet */
@Schema(example = """
        {
          "trackId": "expert",
          "level": 4,
          "people": 2
        }
        """)
record HeadCount(String trackId, int level, long people) {
}
