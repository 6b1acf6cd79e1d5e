package io.careerledger.query.employee;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** Who reports to whom, for features outside this package. */
@Component
public class EmployeeDirectory {

    private final EmployeeViewRepository employees;

    EmployeeDirectory(EmployeeViewRepository employees) {
        this.employees = employees;
    }

    public Optional<String> managerOf(String employeeId) {
        return employees.findById(employeeId).map(EmployeeView::managerId);
    }
}
