package io.careerledger.web.career;

import java.time.Instant;
import java.util.Map;

/**
 * A promotion case as the person it is about sees it: how many council members hold each stance,
 * never who (the query-service leaves the stances out for them).
 */
public record PromotionCase(String caseId, int fromLevel, int toLevel, String status, String decision, String rationale,
                            Instant nominatedAt, Map<String, Integer> feedbackCounts) {

    public PromotionCase {
        feedbackCounts = feedbackCounts == null ? Map.of() : feedbackCounts;
    }

    public int count(String stance) {
        return feedbackCounts.getOrDefault(stance, 0);
    }
}
