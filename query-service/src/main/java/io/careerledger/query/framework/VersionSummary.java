package io.careerledger.query.framework;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A version's history with the council, without its document.
 *
 * @param annualReviewOverdue whether the council's annual review came due while it was in force
 */
@Schema(example = """
        {
          "frameworkId": "three-track",
          "version": 2,
          "name": "Three tracks",
          "status": "PUBLISHED",
          "rationale": "Equal recognition across the expert, leader and entrepreneur tracks",
          "proposedBy": "demo-hr",
          "requiredApprovals": 2,
          "approvals": [
            {
              "approvedBy": "demo-council-1",
              "comment": "Equal recognition across the three tracks",
              "approvedAt": "2026-01-06T10:00:00Z"
            },
            {
              "approvedBy": "demo-council-2",
              "comment": "Agreed",
              "approvedAt": "2026-01-06T11:30:00Z"
            }
          ],
          "rejectedBy": null,
          "rejectionReasons": [],
          "proposedAt": "2026-01-05T09:00:00Z",
          "publishedAt": "2026-01-06T11:30:00Z",
          "rejectedAt": null,
          "annualReviewDue": "2027-01-06",
          "annualReviewOverdue": false
        }
        """)
record VersionSummary(String frameworkId, int version, String name, VersionStatus status, String rationale,
                      String proposedBy, Integer requiredApprovals, List<Approval> approvals, String rejectedBy,
                      List<String> rejectionReasons, Instant proposedAt, Instant publishedAt, Instant rejectedAt,
                      LocalDate annualReviewDue, boolean annualReviewOverdue) {
}
