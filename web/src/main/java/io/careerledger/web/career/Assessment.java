package io.careerledger.web.career;

import java.util.List;
import java.util.UUID;

/**
 * The command-service's assessment request, as the person themself (SELF) or their manager (MANAGER)
 * sends it from a page: a fresh id, one piece of evidence if given, optionally a review cycle.
 */
public record Assessment(UUID assessmentId, String competencyId, String assessorRole, Integer proficiency, List<String> evidence,
                         String reviewCycleId) {

    public static Assessment of(String assessorRole, String competencyId, Integer proficiency, String evidence, String reviewCycleId) {
        return new Assessment(UUID.randomUUID(), competencyId, assessorRole, proficiency,
                evidence == null || evidence.isBlank() ? List.of() : List.of(evidence.strip()),
                reviewCycleId == null || reviewCycleId.isBlank() ? null : reviewCycleId);
    }
}
