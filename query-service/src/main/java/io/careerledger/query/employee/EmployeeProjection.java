package io.careerledger.query.employee;

import org.springframework.stereotype.Component;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.EmployeeOffboarded;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.ManagerChanged;
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
        } else if (event instanceof ManagerChanged changed) {
            // sets state, so seeing it again changes nothing; team membership moves with the manager
            employees.findById(changed.employeeId()).ifPresent(view -> view.managerChanged(changed.managerId()));
        } else if (event instanceof EmployeeOffboarded offboarded) {
            employees.findById(offboarded.employeeId()).ifPresent(view -> view.offboarded(offboarded.lastWorkingDay()));
        }
    }
}
