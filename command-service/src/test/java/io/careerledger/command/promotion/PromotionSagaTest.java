package io.careerledger.command.promotion;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.careerledger.command.career.ApplyPromotion;
import io.careerledger.command.problem.RuleViolation;
import io.careerledger.events.PromotionApplied;
import io.careerledger.events.PromotionDecided;
import io.careerledger.events.PromotionDecision;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.PromotionWithdrawn;
import io.careerledger.events.ReadinessSnapshot;

/** An approved case reaches the person's career, and a refusal there reaches the case. */
class PromotionSagaTest {

    private static final String CASE = "case-1";
    private static final String ADA = "emp-1";
    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 4, 1);
    private static final PromotionNominated NOMINATED = new PromotionNominated(ADA, CASE, "three-track", 1, "expert", 2, 3,
            "Ready", null, "mgr-1", new ReadinessSnapshot(List.of(), List.of(), List.of(), List.of()));
    private static final PromotionDecided APPROVED = new PromotionDecided(ADA, CASE, PromotionDecision.APPROVE, "Convincing",
            "c-3", EFFECTIVE, 2);

    private SagaTestFixture<PromotionSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(PromotionSaga.class);
    }

    @Test
    void anApprovalAppliesThePromotionToTheCareerActingAsHr() {
        fixture.givenAggregate(CASE).published(NOMINATED)
                .whenAggregate(CASE).publishes(APPROVED)
                .expectActiveSagas(1)
                .expectDispatchedCommands(GenericCommandMessage.asCommandMessage(new ApplyPromotion(ADA, CASE, "expert", 3, EFFECTIVE))
                        .andMetaData(PromotionSaga.AS_SAGA));
    }

    @Test
    void theAppliedPromotionCompletesTheCaseAndEndsTheSaga() {
        fixture.givenAggregate(CASE).published(NOMINATED, APPROVED)
                .whenAggregate(ADA).publishes(new PromotionApplied(ADA, CASE, 2, 3, "Senior Specialist", "G3", "B3", EFFECTIVE))
                .expectActiveSagas(0)
                .expectDispatchedCommands(new CompletePromotion(CASE));
    }

    @Test
    void aRefusalOnTheCareerIsRecordedOnTheCase() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof ApplyPromotion) {
                throw RuleViolation.refused("employee-offboarded", "Employee emp-1 has left; their history is closed.");
            }
            return null;
        });
        fixture.givenAggregate(CASE).published(NOMINATED)
                .whenAggregate(CASE).publishes(APPROVED)
                .expectActiveSagas(0)
                .expectDispatchedCommands(new ApplyPromotion(ADA, CASE, "expert", 3, EFFECTIVE),
                        new RecordPromotionFailure(CASE, "Employee emp-1 has left; their history is closed."));
    }

    @Test
    void aRejectionEndsTheSagaWithoutCommands() {
        fixture.givenAggregate(CASE).published(NOMINATED)
                .whenAggregate(CASE).publishes(new PromotionDecided(ADA, CASE, PromotionDecision.REJECT, "Not yet", "c-3", null, 2))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void aWithdrawalEndsTheSagaWithoutCommands() {
        fixture.givenAggregate(CASE).published(NOMINATED)
                .whenAggregate(CASE).publishes(new PromotionWithdrawn(ADA, CASE, "Next cycle", "mgr-1"))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }
}
