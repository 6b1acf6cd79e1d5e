package io.careerledger.command.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The command-service's own OpenAPI document, read from the running service, so an endpoint added
 * later is fuzzed without touching the test.
 */
final class ApiDocument {

    private final JsonNode document;

    private ApiDocument(JsonNode document) {
        this.document = document;
    }

    static ApiDocument parse(String json) {
        return new ApiDocument(JsonMapper.shared().readTree(json));
    }

    /** Every POST operation, in the document's order. */
    List<PostOperation> postOperations() {
        List<PostOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            JsonNode post = path.getValue().path("post");
            if (post.isMissingNode()) {
                continue;
            }
            List<Parameter> parameters = new ArrayList<>();
            for (JsonNode parameter : post.path("parameters")) {
                parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
                        parameter.path("required").asBoolean(false), resolve(parameter.path("schema")), parameter.path("example")));
            }
            JsonNode content = post.path("requestBody").path("content");
            String mediaType = content.propertyNames().stream().findFirst().orElse(null);
            JsonNode bodySchema = mediaType == null ? MissingNode.getInstance() : resolve(content.path(mediaType).path("schema"));
            operations.add(new PostOperation(path.getKey(), List.copyOf(parameters), mediaType, bodySchema));
        }
        return operations;
    }

    /** The schema itself, or the component a {@code $ref} names (one level; call again for nested properties). */
    JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.isEmpty()) {
            return schema;
        }
        JsonNode target = document;
        for (String segment : ref.substring(2).split("/")) {
            target = target.path(segment);
        }
        return resolve(target);
    }

    record Parameter(String name, String in, boolean required, JsonNode schema, JsonNode example) {
    }

    /** One POST endpoint: its path template, parameters and the body it documents (media type and schema). */
    record PostOperation(String path, List<Parameter> parameters, String mediaType, JsonNode bodySchema) {

        List<Parameter> in(String location) {
            return parameters.stream().filter(parameter -> parameter.in().equals(location)).toList();
        }

        boolean takesJson() {
            return mediaType != null && mediaType.contains("json");
        }

        @Override
        public String toString() {
            return "POST " + path;
        }
    }
}
