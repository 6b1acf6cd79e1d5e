package io.careerledger.query.framework;

import java.time.LocalDate;

/** What the list of frameworks needs of a version: read without its documents. */
record VersionHeadline(String frameworkId, int version, String name, VersionStatus status, LocalDate annualReviewDue,
                       boolean annualReviewOverdue) {
}
