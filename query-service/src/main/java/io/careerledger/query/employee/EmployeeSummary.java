package io.careerledger.query.employee;

import java.time.Instant;
import java.time.LocalDate;

/** An employee as the API returns it. */
record EmployeeSummary(String employeeId, String fullName, String email, String managerId, int level,
                       LocalDate hireDate, Instant registeredAt) {
}
