package io.careerledger.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** What a consumer holding the old schema would trip over: properties removed or retyped. */
final class SchemaChanges {

    private SchemaChanges() {
    }

    static List<String> breaking(JsonNode before, JsonNode after) {
        List<String> changes = new ArrayList<>();
        compare("", before, after, changes);
        return changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<String> changes) {
        if (!before.path("type").equals(after.path("type")) || !before.path("format").equals(after.path("format"))) {
            changes.add((path.isEmpty() ? "the event" : path) + " retyped");
            return;
        }
        for (Map.Entry<String, JsonNode> property : before.path("properties").properties()) {
            JsonNode now = after.path("properties").get(property.getKey());
            String where = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
            if (now == null) {
                changes.add(where + " removed");
            } else {
                compare(where, property.getValue(), now, changes);
            }
        }
        if (before.has("items") && after.has("items")) {
            compare(path + "[]", before.get("items"), after.get("items"), changes);
        }
    }
}
