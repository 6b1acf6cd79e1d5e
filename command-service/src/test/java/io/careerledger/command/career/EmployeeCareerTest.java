package io.careerledger.command.career;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.careerledger.command.problem.RuleViolation;
import io.careerledger.events.EmployeeRegistered;

class EmployeeCareerTest {

    private static final RegisterEmployee ADA = new RegisterEmployee(
            "emp-1", "Ada Lovelace", "ada@example.org", "mgr-1", "three-track", 3, LocalDate.of(2024, 2, 1));

    private AggregateTestFixture<EmployeeCareer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EmployeeCareer.class);
    }

    @Test
    void registeringANewEmployeeRecordsTheRegistration() {
        fixture.givenNoPriorActivity()
                .when(ADA)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EmployeeRegistered("emp-1", "Ada Lovelace", "ada@example.org", "mgr-1", "three-track", 3,
                        LocalDate.of(2024, 2, 1)));
    }

    @Test
    void registeringTheSameEmployeeAgainIsAHarmlessRetry() {
        fixture.given(ADA.registered())
                .when(ADA)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void registeringDifferentDetailsUnderATakenIdIsRefused() {
        fixture.given(ADA.registered())
                .when(new RegisterEmployee("emp-1", "Someone Else", "else@example.org", null, "three-track", 1, LocalDate.of(2025, 1, 1)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Employee emp-1 is already registered with different details.")
                .expectNoEvents();
    }
}
