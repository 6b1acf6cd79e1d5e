package io.careerledger.query.employee;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.stereotype.Component;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.EmployeeOffboarded;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.ManagerChanged;
import io.careerledger.events.PromotionApplied;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.TrackChosen;
import io.careerledger.query.consumption.AuditEvent;
import io.careerledger.query.consumption.Projection;

/** Each handler sets state, so seeing an event again changes nothing. */
@Component
class EmployeeProjection implements Projection {

    private final EmployeeViewRepository employees;

    EmployeeProjection(EmployeeViewRepository employees) {
        this.employees = employees;
    }

    @Override
    public void project(CareerEvent event, AuditEvent envelope) {
        if (event instanceof EmployeeRegistered registered) {
            employees.findById(registered.employeeId()).ifPresentOrElse(
                    known -> known.registeredAgain(registered.fullName(), registered.email(), registered.managerId(), registered.hireDate()),
                    () -> employees.save(new EmployeeView(registered.employeeId(), registered.fullName(), registered.email(),
                            registered.managerId(), registered.frameworkId(), registered.level(), registered.hireDate(),
                            envelope.occurredAt())));
        } else if (event instanceof ManagerChanged changed) {
            employees.findById(changed.employeeId()).ifPresent(view -> view.managerChanged(changed.managerId()));
        } else if (event instanceof EmployeeOffboarded offboarded) {
            employees.findById(offboarded.employeeId()).ifPresent(view -> view.offboarded(offboarded.lastWorkingDay()));
        } else if (event instanceof TrackChosen chosen) {
            LocalDate decidedOn = LocalDate.ofInstant(envelope.occurredAt(), ZoneOffset.UTC);
            employees.findById(chosen.employeeId()).ifPresent(view -> view.trackChosen(chosen.frameworkId(), chosen.frameworkVersion(),
                    chosen.trackId(), chosen.level(), decidedOn));
        } else if (event instanceof PromotionNominated nominated) {
            employees.findById(nominated.employeeId()).ifPresent(view -> view.promotionNominated(nominated.frameworkVersion()));
        } else if (event instanceof PromotionApplied applied) {
            employees.findById(applied.employeeId()).ifPresent(view -> view.promotionApplied(applied.toLevel(), applied.effectiveDate()));
        }
    }
}
