package io.careerledger.query.employee;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.stereotype.Component;

import io.careerledger.events.EmployeeOffboarded;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.ManagerChanged;
import io.careerledger.events.PromotionApplied;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.TrackChosen;
import io.careerledger.query.consumption.Envelope;
import io.careerledger.query.consumption.Handlers;
import io.careerledger.query.consumption.Projection;
import io.careerledger.events.PersonalDataErased;

/** Each handler sets state, so seeing an event again changes nothing. */
@Component
class EmployeeProjection implements Projection {

    private final EmployeeViewRepository employees;

    EmployeeProjection(EmployeeViewRepository employees) {
        this.employees = employees;
    }

    @Override
    public void register(Handlers handlers) {
        handlers.on(EmployeeRegistered.class, this::registered)
                .on(ManagerChanged.class, this::managerChanged)
                .on(EmployeeOffboarded.class, this::offboarded)
                .on(TrackChosen.class, this::trackChosen)
                .on(PromotionNominated.class, this::promotionNominated)
                .on(PromotionApplied.class, this::promotionApplied)
                .on(PersonalDataErased.class, this::personalDataErased);
    }

    void registered(Envelope<EmployeeRegistered> envelope) {
        EmployeeRegistered registered = envelope.payload();
        employees.findById(registered.employeeId()).ifPresentOrElse(
                known -> known.registeredAgain(registered.fullName(), registered.email(), registered.managerId(), registered.hireDate()),
                () -> employees.save(new EmployeeView(registered.employeeId(), registered.fullName(), registered.email(),
                        registered.managerId(), registered.frameworkId(), registered.level(), registered.hireDate(), envelope.time())));
    }

    void managerChanged(Envelope<ManagerChanged> envelope) {
        employees.findById(envelope.payload().employeeId()).ifPresent(view -> view.managerChanged(envelope.payload().managerId()));
    }

    void offboarded(Envelope<EmployeeOffboarded> envelope) {
        employees.findById(envelope.payload().employeeId()).ifPresent(view -> view.offboarded(envelope.payload().lastWorkingDay()));
    }

    void trackChosen(Envelope<TrackChosen> envelope) {
        TrackChosen chosen = envelope.payload();
        LocalDate decidedOn = LocalDate.ofInstant(envelope.time(), ZoneOffset.UTC);
        employees.findById(chosen.employeeId()).ifPresent(view -> view.trackChosen(chosen.frameworkId(), chosen.frameworkVersion(),
                chosen.trackId(), chosen.level(), decidedOn));
    }

    void promotionNominated(Envelope<PromotionNominated> envelope) {
        employees.findById(envelope.payload().employeeId()).ifPresent(view -> view.promotionNominated(envelope.payload().frameworkVersion()));
    }

    void personalDataErased(Envelope<PersonalDataErased> envelope) {
        employees.findById(envelope.payload().employeeId()).ifPresent(EmployeeView::personalDataErased);
    }

    void promotionApplied(Envelope<PromotionApplied> envelope) {
        PromotionApplied applied = envelope.payload();
        employees.findById(applied.employeeId()).ifPresent(view -> view.promotionApplied(applied.toLevel(), applied.effectiveDate()));
    }
}
