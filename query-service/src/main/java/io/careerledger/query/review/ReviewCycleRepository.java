package io.careerledger.query.review;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewCycleRepository extends JpaRepository<ReviewCycle, String> {

    /** Every cycle, the most recently opened first. */
    Page<ReviewCycle> findAllByOrderByOpenedAtDescCycleIdAsc(Pageable page);
}
