package io.careerledger.events;

import java.time.LocalDate;

/**
 * A person joined the organisation's career ledger.
 *
 * <p>Revision 2 added {@code frameworkId}: revision 1 events (before frameworks existed) are upcast
 * with the organisation's default framework by the command-service; a consumer reading an old v1
 * record from the topic finds no {@code frameworkId}.
 *
 * @param managerId   the line manager's employee id; absent at the top of the organisation
 * @param frameworkId the career framework the person progresses along
 * @param level       the level on the framework, numbered from 1
 */
@EventRevision(2)
public record EmployeeRegistered(
        String employeeId,
        String fullName,
        String email,
        String managerId,
        String frameworkId,
        int level,
        LocalDate hireDate) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
