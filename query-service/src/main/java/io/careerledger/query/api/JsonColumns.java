package io.careerledger.query.api;

import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads read models' JSONB columns with the mapper the ledger reads events with, so a stored
 * piece of an event (a framework definition, a readiness snapshot) keeps the shape it had in the event.
 */
@Component
public class JsonColumns {

    private final JsonMapper json;

    public JsonColumns(JsonMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        return json.writeValueAsString(value);
    }

    public <T> T read(String text, Class<T> type) {
        return json.readValue(text, type);
    }

    public <T> T read(String text, TypeReference<T> type) {
        return json.readValue(text, type);
    }

    public <T> T convert(Object value, TypeReference<T> type) {
        return json.convertValue(value, type);
    }
}
