package io.careerledger.query.employee;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An employee as the API returns it.
 *
 * @param offboardedOn their last working day; absent while they are with the organisation
 * @param stale whether an event of this employee is parked (not applied yet): the view may be behind
 */
record EmployeeSummary(String employeeId, String fullName, String email, String managerId, String frameworkId, int level,
                       LocalDate hireDate, Instant registeredAt, LocalDate offboardedOn, boolean stale) {
}
