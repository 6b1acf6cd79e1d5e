package io.careerledger.query.framework;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A framework in the catalogue's list.
 *
 * @param versionInForce      absent until a version is published
 * @param pendingVersion      the version before the council, if any
 * @param annualReviewOverdue whether the version in force is past its annual review date
 */
@Schema(example = """
        {
          "frameworkId": "three-track",
          "name": "Three tracks",
          "versionInForce": 2,
          "pendingVersion": 3,
          "annualReviewDue": "2027-01-06",
          "annualReviewOverdue": false
        }
        """)
record FrameworkSummary(String frameworkId, String name, Integer versionInForce, Integer pendingVersion,
                        LocalDate annualReviewDue, boolean annualReviewOverdue) {

    /** @param versions the framework's versions, oldest first */
    static FrameworkSummary of(List<VersionHeadline> versions) {
        Optional<VersionHeadline> inForce = latest(versions, VersionStatus.PUBLISHED);
        Optional<VersionHeadline> pending = latest(versions, VersionStatus.PROPOSED);
        VersionHeadline named = inForce.orElse(versions.get(versions.size() - 1));
        return new FrameworkSummary(named.frameworkId(), named.name(),
                inForce.map(VersionHeadline::version).orElse(null), pending.map(VersionHeadline::version).orElse(null),
                inForce.map(VersionHeadline::annualReviewDue).orElse(null),
                inForce.map(VersionHeadline::annualReviewOverdue).orElse(false));
    }

    private static Optional<VersionHeadline> latest(List<VersionHeadline> versions, VersionStatus status) {
        return versions.stream().filter(version -> version.status() == status).reduce((earlier, later) -> later);
    }
}
