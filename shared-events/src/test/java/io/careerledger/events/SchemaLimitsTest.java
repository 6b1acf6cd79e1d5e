package io.careerledger.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published schemas say what the command side enforces: every event lists its required
 * properties, every text its maximum length, every date its range. A field added without its
 * {@code @NotNull} / {@code @Size} fails here, not in a consumer.
 */
class SchemaLimitsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyEventListsItsRequiredProperties() throws IOException {
        for (Class<? extends CareerEvent> event : EventTypes.ALL) {
            JsonNode schema = schemaOf(event);

            assertThat(schema.path("required").isArray() && !schema.path("required").isEmpty())
                    .as(event.getSimpleName() + " lists required properties").isTrue();
        }
    }

    @Test
    void everyTextHasAMaximumLengthAndEveryDateTheDocumentedRange() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Class<? extends CareerEvent> event : EventTypes.ALL) {
            check(schemaOf(event), event.getSimpleName(), problems);
        }
        assertThat(problems).isEmpty();
    }

    private static void check(JsonNode node, String path, List<String> problems) {
        if ("string".equals(node.path("type").asString(null)) && !node.has("enum")) {
            String format = node.path("format").asString(null);
            if (format == null && !node.has("maxLength")) {
                problems.add(path + " has no maxLength");
            }
            if ("date".equals(format) && !Limits.DATE_PATTERN.equals(node.path("pattern").asString(null))) {
                problems.add(path + " has no date range");
            }
            if ("date-time".equals(format) && !Limits.INSTANT_PATTERN.equals(node.path("pattern").asString(null))) {
                problems.add(path + " has no date range");
            }
        }
        node.properties().forEach(child -> {
            if (child.getValue().isObject()) {
                check(child.getValue(), path + "." + child.getKey(), problems);
            }
        });
    }

    private static JsonNode schemaOf(Class<? extends CareerEvent> event) throws IOException {
        return JSON.readTree(ContractTest.schemaOf(event.getSimpleName(), EventTypes.revisionOf(event)).toFile());
    }
}
