package io.careerledger.query.framework;

import java.time.Instant;

/** A council member's approval of a proposed version. */
record Approval(String approvedBy, String comment, Instant approvedAt) {
}
