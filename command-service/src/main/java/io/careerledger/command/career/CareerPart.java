package io.careerledger.command.career;

import org.axonframework.eventsourcing.EventSourcingHandler;

import io.careerledger.events.EmployeeOffboarded;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.ManagerChanged;

/**
 * A part of {@link EmployeeCareer} with rules of its own (an Axon aggregate member). A member cannot
 * reach its aggregate root, so each part follows the person's registration, manager and departure
 * from the same events as the root does: its own {@link Employee}, which a snapshot keeps with it.
 */
abstract class CareerPart {

    final Employee employee = new Employee();

    @EventSourcingHandler
    void on(EmployeeRegistered event) {
        employee.registered(event);
    }

    @EventSourcingHandler
    void on(ManagerChanged event) {
        employee.managerChanged(event);
    }

    @EventSourcingHandler
    void on(EmployeeOffboarded event) {
        employee.left(event);
    }
}
