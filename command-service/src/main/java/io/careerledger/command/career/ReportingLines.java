package io.careerledger.command.career;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.careerledger.events.EmployeeOffboarded;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.ManagerChanged;

/**
 * Who reports to whom, for rules that one aggregate can't check alone (may this manager schedule a
 * conversation with, or nominate, this person?). Updated by a subscribing processor, in the transaction
 * that stores the event, so it is never behind the event store.
 */
@Component
@ProcessingGroup(ReportingLines.PROCESSING_GROUP)
public class ReportingLines {

    static final String PROCESSING_GROUP = "reporting-lines";

    /** @param managerId absent at the top of the organisation */
    public record ReportingLine(String employeeId, String managerId, String frameworkId, boolean offboarded) {

        public boolean isManagedBy(String actorId) {
            return actorId != null && actorId.equals(managerId);
        }
    }

    private final JdbcClient jdbc;

    ReportingLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReportingLine> of(String employeeId) {
        return jdbc.sql("SELECT employee_id, manager_id, framework_id, offboarded FROM reporting_line WHERE employee_id = ?")
                .param(employeeId)
                .query(ReportingLine.class)
                .optional();
    }

    @EventHandler
    void on(EmployeeRegistered event) {
        jdbc.sql("""
                        INSERT INTO reporting_line (employee_id, manager_id, framework_id) VALUES (?, ?, ?)
                        ON CONFLICT (employee_id) DO NOTHING""")
                .params(event.employeeId(), event.managerId(), event.frameworkId())
                .update();
    }

    @EventHandler
    void on(ManagerChanged event) {
        jdbc.sql("UPDATE reporting_line SET manager_id = ? WHERE employee_id = ?")
                .params(event.managerId(), event.employeeId())
                .update();
    }

    @EventHandler
    void on(EmployeeOffboarded event) {
        jdbc.sql("UPDATE reporting_line SET offboarded = TRUE WHERE employee_id = ?")
                .param(event.employeeId())
                .update();
    }
}
