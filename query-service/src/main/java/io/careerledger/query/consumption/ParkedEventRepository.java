package io.careerledger.query.consumption;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ParkedEventRepository extends JpaRepository<ParkedEvent, String> {

    boolean existsBySubject(String subject);
}
