package io.careerledger.query.employee;

import java.util.List;
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

    public Optional<Person> person(String employeeId) {
        return employees.findById(employeeId).map(EmployeeView::person);
    }

    /** A manager's current direct reports (people who left are no longer on the team), by name. */
    public List<Person> reportsOf(String managerId) {
        return employees.findByManagerIdAndOffboardedOnIsNullOrderByFullName(managerId).stream().map(EmployeeView::person).toList();
    }
}
