package io.careerledger.query.promotion;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import java.util.List;

interface PromotionCaseRepository extends JpaRepository<PromotionCase, String> {

    List<PromotionCase> findByEmployeeId(String employeeId);

    /** An employee's cases, newest nomination first. */
    Page<PromotionCase> findByEmployeeIdOrderByNominatedAtDescCaseIdAsc(String employeeId, Pageable page);

    Optional<PromotionCase> findFirstByEmployeeIdOrderByNominatedAtDesc(String employeeId);

    /** Every case, newest nomination first. */
    Page<PromotionCase> findAllByOrderByNominatedAtDescCaseIdAsc(Pageable page);

    Page<PromotionCase> findByStatusOrderByNominatedAtDescCaseIdAsc(PromotionCaseStatus status, Pageable page);
}
