package io.careerledger.query.consumption;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParkedEventRepository extends JpaRepository<ParkedEvent, String> {

    boolean existsBySubject(String subject);

    Optional<ParkedEvent> findFirstByOrderByParkedAtAsc();
}
