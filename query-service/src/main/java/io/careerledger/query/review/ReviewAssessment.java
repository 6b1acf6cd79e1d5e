package io.careerledger.query.review;

import io.careerledger.events.AssessorRole;
import io.careerledger.events.CompetencyAssessed;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** An assessment made into a review cycle: what completion and missing lists are counted from. */
@Entity
@Table(name = "review_assessment")
@IdClass(ReviewAssessment.Key.class)
class ReviewAssessment {

    @Id
    private String cycleId;
    @Id
    private String assessmentId;
    private String employeeId;
    @Enumerated(EnumType.STRING)
    private AssessorRole assessorRole;
    private Instant assessedAt;

    protected ReviewAssessment() {
    }

    ReviewAssessment(CompetencyAssessed assessed, Instant at) {
        this.cycleId = assessed.reviewCycleId();
        this.assessmentId = assessed.assessmentId();
        this.employeeId = assessed.employeeId();
        this.assessorRole = assessed.assessorRole();
        this.assessedAt = at;
    }

    record Key(String cycleId, String assessmentId) {
    }
}
