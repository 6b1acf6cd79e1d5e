package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The person now reports to another line manager. */
@EventRevision(1)
public record ManagerChanged(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @Size(max = Limits.ID) String previousManagerId,
        @NotNull @Size(max = Limits.ID) String managerId) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
