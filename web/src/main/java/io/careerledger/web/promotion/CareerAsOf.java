package io.careerledger.web.promotion;

import java.time.Instant;
import java.time.LocalDate;

/** A person's career as it stood at an instant (the query-service's as-of), the part a promotion changes. */
record CareerAsOf(Instant asOf, String fullName, String trackId, int level, String title, String grade, String band,
                  LocalDate levelSince, long daysInLevel, Readiness readiness) {

    record Readiness(int nextLevel, int expectationsMet, int expectations, int milestonesVerified, int milestones, boolean ready) {
    }
}
