package io.careerledger.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaChangesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String V1 = """
            {"type": "object", "properties": {"employeeId": {"type": "string"}, "level": {"type": "integer"},
             "hireDate": {"type": "string", "format": "date"}}}""";

    @Test
    void addingAPropertyIsCompatible() {
        assertThat(SchemaChanges.breaking(schema(V1), schema(V1.replace("\"level\"", "\"frameworkId\": {\"type\": \"string\"}, \"level\""))))
                .isEmpty();
    }

    @Test
    void removingRenamingOrRetypingAPropertyBreaksConsumers() {
        assertThat(SchemaChanges.breaking(schema(V1), schema(V1.replace("\"level\"", "\"grade\""))))
                .containsExactly("level removed");
        assertThat(SchemaChanges.breaking(schema(V1), schema(V1.replace("\"integer\"", "\"string\""))))
                .containsExactly("level retyped");
        assertThat(SchemaChanges.breaking(schema(V1), schema(V1.replace(", \"format\": \"date\"", ", \"format\": \"date-time\""))))
                .containsExactly("hireDate retyped");
    }

    private static JsonNode schema(String json) {
        return JSON.readTree(json);
    }
}
