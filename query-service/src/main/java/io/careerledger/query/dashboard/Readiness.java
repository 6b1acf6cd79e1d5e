package io.careerledger.query.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;

/** How many of the next level's expectations the person meets; ready when all of them. */
@Schema(example = """
        {
          "nextLevel": 5,
          "expectationsMet": 2,
          "expectations": 3,
          "ready": false
        }
        """)
record Readiness(int nextLevel, int expectationsMet, int expectations, boolean ready) {
}
