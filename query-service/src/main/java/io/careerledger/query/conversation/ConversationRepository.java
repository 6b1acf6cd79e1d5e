package io.careerledger.query.conversation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import java.util.List;

interface ConversationRepository extends JpaRepository<Conversation, String> {

    List<Conversation> findByEmployeeId(String employeeId);

    /** An employee's conversations, newest first. */
    Page<Conversation> findByEmployeeIdOrderByScheduledForDescConversationIdAsc(String employeeId, Pageable page);

    /** The conversations of an employee that {@code participant} takes part in, newest first. */
    @Query(value = """
            SELECT * FROM conversation
            WHERE employee_id = :employeeId AND participants @> jsonb_build_array(CAST(:participant AS TEXT))
            ORDER BY scheduled_for DESC, conversation_id""",
            countQuery = """
            SELECT count(*) FROM conversation
            WHERE employee_id = :employeeId AND participants @> jsonb_build_array(CAST(:participant AS TEXT))""",
            nativeQuery = true)
    Page<Conversation> findTakingPart(@Param("employeeId") String employeeId, @Param("participant") String participant,
                                      Pageable page);

    @Query(value = """
            SELECT EXISTS (SELECT 1 FROM conversation
            WHERE employee_id = :employeeId AND participants @> jsonb_build_array(CAST(:participant AS TEXT)))""",
            nativeQuery = true)
    boolean existsTakingPart(@Param("employeeId") String employeeId, @Param("participant") String participant);
}
