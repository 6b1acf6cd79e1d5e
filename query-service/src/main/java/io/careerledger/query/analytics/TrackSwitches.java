package io.careerledger.query.analytics;

import io.swagger.v3.oas.annotations.media.Schema;

/** @param month {@code YYYY-MM} (UTC) */
@Schema(example = """
        {
          "month": "2026-02",
          "fromTrackId": "foundation",
          "toTrackId": "expert",
          "switches": 1
        }
        """)
record TrackSwitches(String month, String fromTrackId, String toTrackId, long switches) {
}
