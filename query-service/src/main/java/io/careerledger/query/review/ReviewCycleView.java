package io.careerledger.query.review;

import io.careerledger.events.ReviewPhase;
import io.careerledger.events.ReviewPopulation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** A review cycle as listed: its phase, deadlines and population. */
@Schema(example = """
        {
          "cycleId": "review-2026-h1",
          "name": "First half 2026",
          "frameworkId": "three-track",
          "phase": "MANAGER_ASSESSMENT",
          "closed": false,
          "population": {
            "everyone": false,
            "managerIds": [
              "5b1d6c2e-8a3f-3e51-9c7d-2f4a6b8e1c03"
            ],
            "teams": [
              "platform"
            ]
          },
          "selfAssessmentDeadline": "2026-03-15",
          "managerAssessmentDeadline": "2026-04-01",
          "calibrationDeadline": "2026-04-20",
          "openedBy": "demo-hr",
          "openedAt": "2026-03-01T08:00:00Z",
          "closedBy": null,
          "closedAt": null
        }
        """)
record ReviewCycleView(String cycleId, String name, String frameworkId, ReviewPhase phase, boolean closed,
                       ReviewPopulation population, LocalDate selfAssessmentDeadline, LocalDate managerAssessmentDeadline,
                       LocalDate calibrationDeadline, String openedBy, Instant openedAt, String closedBy, Instant closedAt) {
}
