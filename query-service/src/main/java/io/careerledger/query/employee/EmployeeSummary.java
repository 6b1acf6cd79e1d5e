package io.careerledger.query.employee;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An employee as the API returns it.
 *
 * @param offboardedOn their last working day; absent while they are with the organisation
 * @param stale whether an event of this employee is parked (not applied yet): the view may be behind
 */
@Schema(example = """
        {
          "employeeId": "213d9fab-41dd-396b-8399-8f7f18091e2c",
          "fullName": "Ada Lovelace",
          "email": "ada@demo.example",
          "managerId": "5b1d6c2e-8a3f-3e51-9c7d-2f4a6b8e1c03",
          "frameworkId": "three-track",
          "level": 4,
          "hireDate": "2019-02-04",
          "registeredAt": "2026-01-05T09:12:44Z",
          "offboardedOn": null,
          "stale": false
        }
        """)
record EmployeeSummary(String employeeId, String fullName, String email, String managerId, String frameworkId, int level,
                       LocalDate hireDate, Instant registeredAt, LocalDate offboardedOn, boolean stale) {
}
