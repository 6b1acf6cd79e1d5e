package io.careerledger.query.employee;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the dashboards show of a person. */
@Entity
@Table(name = "employee_view")
class EmployeeView {

    @Id
    private String employeeId;
    private String fullName;
    private String email;
    private String managerId;
    private String frameworkId;
    private int level;
    private LocalDate hireDate;
    private Instant registeredAt;
    private LocalDate offboardedOn;

    protected EmployeeView() {
    }

    EmployeeView(String employeeId, String fullName, String email, String managerId, String frameworkId, int level,
                 LocalDate hireDate, Instant registeredAt) {
        this.employeeId = employeeId;
        this.fullName = fullName;
        this.email = email;
        this.managerId = managerId;
        this.frameworkId = frameworkId;
        this.level = level;
        this.hireDate = hireDate;
        this.registeredAt = registeredAt;
    }

    void managerChanged(String managerId) {
        this.managerId = managerId;
    }

    void offboarded(LocalDate lastWorkingDay) {
        this.offboardedOn = lastWorkingDay;
    }

    Person person() {
        return new Person(employeeId, fullName, managerId, frameworkId, offboardedOn);
    }

    String employeeId() {
        return employeeId;
    }

    String managerId() {
        return managerId;
    }

    EmployeeSummary summary(boolean stale) {
        return new EmployeeSummary(employeeId, fullName, email, managerId, frameworkId, level, hireDate, registeredAt, offboardedOn, stale);
    }
}
