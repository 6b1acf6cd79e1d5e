package io.careerledger.query.promotion;

import io.careerledger.query.api.JsonColumns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import tools.jackson.core.type.TypeReference;
import io.careerledger.events.PersonalDataCipher;
import java.util.LinkedHashMap;
import java.util.Set;

/** One step on a case's decision trail, numbered in the order the case's events arrived. */
@Entity
@Table(name = "promotion_step")
@IdClass(PromotionStep.Key.class)
class PromotionStep {

    static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() { };

    @Id
    private String caseId;
    @Id
    private int stepNumber;
    private String eventId;
    @Enumerated(EnumType.STRING)
    private PromotionStepKind kind;
    private String actorId;
    private Instant occurredAt;
    private String correlationId;
    private String reason;
    private String frameworkId;
    private int frameworkVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String details;

    protected PromotionStep() {
    }

    PromotionStep(String caseId, int stepNumber, String eventId, PromotionStepKind kind, String actorId, Instant occurredAt,
                  String correlationId, String reason, String frameworkId, int frameworkVersion, String details) {
        this.caseId = caseId;
        this.stepNumber = stepNumber;
        this.eventId = eventId;
        this.kind = kind;
        this.actorId = actorId;
        this.occurredAt = occurredAt;
        this.correlationId = correlationId;
        this.reason = reason;
        this.frameworkId = frameworkId;
        this.frameworkVersion = frameworkVersion;
        this.details = details;
    }

    PromotionTrail.Step view(JsonColumns json) {
        return new PromotionTrail.Step(stepNumber, kind, actorId, occurredAt, correlationId, reason, frameworkId,
                frameworkVersion, json.read(details, DETAILS));
    }

    record Key(String caseId, int stepNumber) implements Serializable {
    }

    /** The step's reason and the personal texts among its facts go; what happened, when and by whom stays. */
    void personalDataErased(Set<String> personalFacts, JsonColumns json) {
        this.reason = PersonalDataCipher.erase(reason);
        Map<String, Object> facts = new LinkedHashMap<>(json.read(details, DETAILS));
        facts.replaceAll((name, value) -> personalFacts.contains(name) && value != null ? PersonalDataCipher.ERASED : value);
        this.details = json.write(facts);
    }
}
