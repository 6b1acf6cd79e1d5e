package io.careerledger.command.promotion;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import io.careerledger.command.career.ApplyPromotion;
import io.careerledger.command.security.ActorMetadata;
import io.careerledger.events.PromotionApplied;
import io.careerledger.events.PromotionDecided;
import io.careerledger.events.PromotionDecision;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.PromotionWithdrawn;

/**
 * Drives an approved promotion case onto the person's career: applies the promotion there, then
 * completes the case; when the career refuses (the person left, say), the case records why. A case
 * rejected, deferred or withdrawn ends it. Its commands act as HR under the saga's own name, so the
 * rules on who may act hold for it too.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class PromotionSaga {

    static final String ACTOR = "promotion-saga";
    static final Map<String, Object> AS_SAGA = Map.of(ActorMetadata.ACTOR_ID, ACTOR, ActorMetadata.ACTOR_ROLES, "HR");

    @JsonIgnore
    @Autowired
    private transient CommandGateway commands;

    private String caseId;
    private String employeeId;
    private String trackId;
    private int toLevel;

    @StartSaga
    @SagaEventHandler(associationProperty = "caseId")
    void on(PromotionNominated nominated) {
        caseId = nominated.caseId();
        employeeId = nominated.employeeId();
        trackId = nominated.trackId();
        toLevel = nominated.toLevel();
    }

    @SagaEventHandler(associationProperty = "caseId")
    void on(PromotionDecided decided) {
        if (decided.decision() != PromotionDecision.APPROVE) {
            SagaLifecycle.end();
            return;
        }
        try {
            send(new ApplyPromotion(employeeId, caseId, trackId, toLevel, decided.effectiveDate()));
        } catch (RuntimeException refused) {
            send(new RecordPromotionFailure(caseId, refused.getMessage()));
            SagaLifecycle.end();
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "caseId")
    void on(PromotionApplied applied) {
        send(new CompletePromotion(caseId));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "caseId")
    void on(PromotionWithdrawn withdrawn) {
        // nothing to apply
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(AS_SAGA));
    }
}
