package io.careerledger.query.consumption;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, String> {

    /** The given ids that were applied already, in one query for a whole batch. */
    @Query("SELECT e.eventId FROM AuditEvent e WHERE e.eventId IN :ids")
    List<String> idsAmong(Collection<String> ids);
}
