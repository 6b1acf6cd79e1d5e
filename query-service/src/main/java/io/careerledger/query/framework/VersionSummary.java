package io.careerledger.query.framework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A version's history with the council, without its document.
 *
 * @param annualReviewOverdue whether the council's annual review came due while it was in force
 */
record VersionSummary(String frameworkId, int version, String name, VersionStatus status, String rationale,
                      String proposedBy, Integer requiredApprovals, List<Approval> approvals, String rejectedBy,
                      List<String> rejectionReasons, Instant proposedAt, Instant publishedAt, Instant rejectedAt,
                      LocalDate annualReviewDue, boolean annualReviewOverdue) {
}
