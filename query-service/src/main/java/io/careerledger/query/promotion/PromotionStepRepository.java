package io.careerledger.query.promotion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PromotionStepRepository extends JpaRepository<PromotionStep, PromotionStep.Key> {

    List<PromotionStep> findByCaseIdOrderByStepNumberAsc(String caseId);

    int countByCaseId(String caseId);

    boolean existsByEventId(String eventId);
}
