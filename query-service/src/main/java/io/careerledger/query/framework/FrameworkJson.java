package io.careerledger.query.framework;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.FrameworkDefinition;

/**
 * Writes and reads the catalogue's JSONB columns with the mapper the ledger reads events with, so a
 * stored definition keeps the shape it had in the event.
 */
@Component
class FrameworkJson {

    private static final TypeReference<List<Approval>> APPROVALS = new TypeReference<>() { };
    private static final TypeReference<List<String>> REASONS = new TypeReference<>() { };
    private static final TypeReference<TreeMap<String, ScheduledRetirement>> RETIREMENTS = new TypeReference<>() { };

    private final JsonMapper json;

    FrameworkJson(JsonMapper json) {
        this.json = json;
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    FrameworkDefinition definition(String text) {
        return json.readValue(text, FrameworkDefinition.class);
    }

    List<Approval> approvals(String text) {
        return json.readValue(text, APPROVALS);
    }

    List<String> reasons(String text) {
        return json.readValue(text, REASONS);
    }

    /** By track id. */
    Map<String, ScheduledRetirement> retirements(String text) {
        return json.readValue(text, RETIREMENTS);
    }
}
