package io.careerledger.query.review;

import io.careerledger.events.ReviewPopulation;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads the cycle's JSONB columns with the mapper the ledger reads events with. */
@Component
class ReviewCycleJson {

    private static final TypeReference<List<ReviewCycle.PassedDeadline>> PASSED = new TypeReference<>() { };

    private final JsonMapper json;

    ReviewCycleJson(JsonMapper json) {
        this.json = json;
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    ReviewPopulation population(String text) {
        return json.readValue(text, ReviewPopulation.class);
    }

    List<ReviewCycle.PassedDeadline> passedDeadlines(String text) {
        return json.readValue(text, PASSED);
    }
}
