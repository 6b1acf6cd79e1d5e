package io.careerledger.query.employee;

import java.time.LocalDate;

/** Who someone is, where they report and where they stand, for read models outside this package. */
public record Person(String employeeId, String fullName, String managerId, CareerPosition position, LocalDate offboardedOn) {

    public boolean offboarded() {
        return offboardedOn != null;
    }
}
