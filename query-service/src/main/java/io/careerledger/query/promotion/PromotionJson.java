package io.careerledger.query.promotion;

import io.careerledger.events.ReadinessSnapshot;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the case's JSONB columns with the mapper the ledger reads events with, so a stored
 * readiness snapshot keeps the shape it had in the nomination.
 */
@Component
class PromotionJson {

    private static final TypeReference<List<PromotionCaseView.Evidence>> EVIDENCE = new TypeReference<>() { };
    private static final TypeReference<List<PromotionCaseView.MemberStance>> STANCES = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() { };

    private final JsonMapper json;

    PromotionJson(JsonMapper json) {
        this.json = json;
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    ReadinessSnapshot readiness(String text) {
        return json.readValue(text, ReadinessSnapshot.class);
    }

    List<PromotionCaseView.Evidence> evidence(String text) {
        return json.readValue(text, EVIDENCE);
    }

    List<PromotionCaseView.MemberStance> stances(String text) {
        return json.readValue(text, STANCES);
    }

    Map<String, Object> details(String text) {
        return json.readValue(text, DETAILS);
    }

    /** An event's facts as a JSON object, without the ids every step of the case repeats. */
    Map<String, Object> factsOf(Object event) {
        Map<String, Object> facts = json.convertValue(event, DETAILS);
        facts.remove("employeeId");
        facts.remove("caseId");
        return facts;
    }
}
