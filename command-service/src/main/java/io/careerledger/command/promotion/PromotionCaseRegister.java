package io.careerledger.command.promotion;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.careerledger.events.PromotionDecided;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.PromotionWithdrawn;

/**
 * The open promotion case of each person. Updated by a subscribing processor, in the transaction that
 * stores the event, so a nomination never misses one made a moment before.
 */
@Component
@ProcessingGroup(PromotionCaseRegister.PROCESSING_GROUP)
class PromotionCaseRegister implements OpenPromotionCases {

    static final String PROCESSING_GROUP = "promotion-cases";

    private final JdbcClient jdbc;

    PromotionCaseRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> openCaseOf(String employeeId) {
        return jdbc.sql("SELECT case_id FROM open_promotion_case WHERE employee_id = ?")
                .param(employeeId)
                .query(String.class)
                .optional();
    }

    @EventHandler
    void on(PromotionNominated event) {
        jdbc.sql("INSERT INTO open_promotion_case (employee_id, case_id) VALUES (?, ?) ON CONFLICT (employee_id) DO NOTHING")
                .params(event.employeeId(), event.caseId())
                .update();
    }

    @EventHandler
    void on(PromotionDecided event) {
        close(event.employeeId(), event.caseId());
    }

    @EventHandler
    void on(PromotionWithdrawn event) {
        close(event.employeeId(), event.caseId());
    }

    private void close(String employeeId, String caseId) {
        jdbc.sql("DELETE FROM open_promotion_case WHERE employee_id = ? AND case_id = ?").params(employeeId, caseId).update();
    }
}
