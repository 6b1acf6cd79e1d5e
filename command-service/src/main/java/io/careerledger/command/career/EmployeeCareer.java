package io.careerledger.command.career;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.careerledger.command.problem.RuleViolation;
import io.careerledger.events.EmployeeRegistered;

/** One person's career: every step they take along the framework, id = employee id. */
@Aggregate
class EmployeeCareer {

    static final String ALREADY_REGISTERED = "employee-already-registered";

    @AggregateIdentifier
    private String employeeId;
    private EmployeeRegistered registration;

    EmployeeCareer() {
        // for Axon: rebuilt from its events
    }

    /**
     * Registering is safe to retry: the same registration again changes nothing; a different one
     * under an id already taken is refused.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterEmployee command) {
        EmployeeRegistered registered = command.registered();
        if (registration == null) {
            apply(registered);
        } else if (!registration.equals(registered)) {
            throw RuleViolation.conflict(ALREADY_REGISTERED,
                    "Employee " + command.employeeId() + " is already registered with different details.");
        }
    }

    @EventSourcingHandler
    void on(EmployeeRegistered event) {
        employeeId = event.employeeId();
        registration = event;
    }
}
