package io.careerledger.query.employee;

import java.time.LocalDate;

/** Who someone is and where they report, for read models outside this package. */
public record Person(String employeeId, String fullName, String managerId, String frameworkId, LocalDate offboardedOn) {

    public boolean offboarded() {
        return offboardedOn != null;
    }
}
