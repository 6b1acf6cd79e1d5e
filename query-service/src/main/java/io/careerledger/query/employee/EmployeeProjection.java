package io.careerledger.query.employee;

import org.springframework.stereotype.Component;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.query.consumption.AuditEvent;
import io.careerledger.query.consumption.Projection;

@Component
class EmployeeProjection implements Projection {

    private final EmployeeViewRepository employees;

    EmployeeProjection(EmployeeViewRepository employees) {
        this.employees = employees;
    }

    @Override
    public void project(CareerEvent event, AuditEvent envelope) {
        if (event instanceof EmployeeRegistered registered) {
            employees.save(new EmployeeView(registered.employeeId(), registered.fullName(), registered.email(),
                    registered.managerId(), registered.frameworkId(), registered.level(), registered.hireDate(), envelope.occurredAt()));
        }
    }
}
