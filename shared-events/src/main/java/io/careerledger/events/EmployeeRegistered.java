package io.careerledger.events;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
        @NotNull @Size(max = Limits.ID) String employeeId,
        @PersonalData @NotNull @Size(max = Limits.NAME) String fullName,
        @PersonalData @NotNull @Size(max = Limits.EMAIL) String email,
        @Size(max = Limits.ID) String managerId,
        @NotNull @Size(max = Limits.ID) String frameworkId,
        int level,
        @NotNull LocalDate hireDate) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
