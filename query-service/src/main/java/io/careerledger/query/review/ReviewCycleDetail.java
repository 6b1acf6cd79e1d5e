package io.careerledger.query.review;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A review cycle with the deadlines that passed and who had not done their part by then.
 *
 * @param populationSize the people the cycle covers, as the employee read model knows them now
 */
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
          "closedAt": null,
          "populationSize": 3,
          "passedDeadlines": [
            {
              "phase": "SELF_ASSESSMENT",
              "deadline": "2026-03-15",
              "passedAt": "2026-03-16T00:00:00Z",
              "missing": [
                {
                  "employeeId": "9e4f2a71-0c3b-3d8e-b5a6-7d1e2f3c4b5a",
                  "owedBy": "9e4f2a71-0c3b-3d8e-b5a6-7d1e2f3c4b5a"
                }
              ]
            }
          ]
        }
        """)
record ReviewCycleDetail(@JsonUnwrapped ReviewCycleView cycle, int populationSize, List<ReviewCycle.PassedDeadline> passedDeadlines) {
}
