package io.careerledger.events;

import java.time.LocalDate;

/**
 * A person joined the organisation's career ledger.
 *
 * @param managerId the line manager's employee id; {@code null} at the top of the organisation
 * @param level     the level on the framework, numbered from 1
 */
@EventRevision(1)
public record EmployeeRegistered(
        String employeeId,
        String fullName,
        String email,
        String managerId,
        int level,
        LocalDate hireDate) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
