package io.careerledger.query.review;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewAssessmentRepository extends JpaRepository<ReviewAssessment, ReviewAssessment.Key> {
}
