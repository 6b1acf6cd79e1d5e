package io.careerledger.command.career;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import io.careerledger.events.EmployeeRegistered;

public record RegisterEmployee(
        @TargetAggregateIdentifier String employeeId,
        String fullName,
        String email,
        String managerId,
        String frameworkId,
        int level,
        LocalDate hireDate) {

    EmployeeRegistered registered() {
        return new EmployeeRegistered(employeeId, fullName, email, managerId, frameworkId, level, hireDate);
    }
}
