package io.careerledger.support.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import io.careerledger.support.openapi.ApiDocument.ApiTag;

/** The conventions that need the whole document: security, tags, problem bodies, nullability, no dead schemas. */
class DocumentConventions implements GlobalOpenApiCustomizer {

    private static final String EVENT_STREAM = "text/event-stream";
    private static final Pattern REFERENCE = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/schemas/([^\"]+)\"");

    private final ApiDocument document;
    private final List<PathPattern> publicPaths;
    private final Map<ApiTag, List<PathPattern>> tagPaths = new LinkedHashMap<>();

    DocumentConventions(ApiDocument document, List<String> publicPaths) {
        this.document = document;
        this.publicPaths = publicPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
        document.tags().forEach(tag -> tagPaths.put(tag, tag.paths().stream().map(PathPatternParser.defaultInstance::parse).toList()));
    }

    @Override
    public void customise(OpenAPI openApi) {
        Set<String> usedTags = new HashSet<>();
        openApi.getPaths().forEach((path, item) -> {
            PathContainer container = PathContainer.parsePath(path);
            boolean open = publicPaths.stream().anyMatch(pattern -> pattern.matches(container));
            List<String> tag = tagPaths.entrySet().stream()
                    .filter(entry -> entry.getValue().stream().anyMatch(pattern -> pattern.matches(container)))
                    .map(entry -> entry.getKey().name()).limit(1).toList();
            for (Operation operation : item.readOperations()) {
                if (!tag.isEmpty()) {
                    operation.setTags(new ArrayList<>(tag));
                }
                usedTags.addAll(Objects.requireNonNullElse(operation.getTags(), List.of()));
                if (open) {
                    operation.setSecurity(List.of());
                } else {
                    ProblemSchema.answers(operation.getResponses(), 401, "No valid bearer token.");
                }
                operation.getResponses().forEach((code, response) -> describeBody(code, response));
            }
        });
        openApi.setTags(document.tags().stream().filter(tag -> usedTags.contains(tag.name()))
                .map(tag -> new Tag().name(tag.name()).description(tag.description())).toList());
        // here, not in the OpenAPI bean: springdoc replaces the bean's schemas with the ones it generates
        openApi.getComponents().addSchemas(ProblemSchema.PROBLEM, ProblemSchema.problem())
                .addSchemas(ProblemSchema.FIELD_ERROR, ProblemSchema.fieldError());
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        List.copyOf(schemas.values()).forEach(schema -> admitExampleNulls(schema, schemas));
        removeUnreferenced(openApi, schemas);
    }

    /** Every refusal's body is a problem (springdoc would say the handler's return type); a live stream's body is its events. */
    private static void describeBody(String code, ApiResponse response) {
        if (code.startsWith("4")) {
            response.setContent(ProblemSchema.content());
        }
        if (response.getContent() != null && response.getContent().get(EVENT_STREAM) != null) {
            response.getContent().addMediaType(EVENT_STREAM, new MediaType().schema(new Schema<String>().types(Set.of("string"))
                    .description("Server-sent events, one per change.")));
        }
    }

    /**
     * A type-level example showing a property as {@code null} is what the API answers when that property has
     * no value, so the property's schema admits {@code null} (OpenAPI 3.1: a type list, or a choice for a ref),
     * also in the nested objects the example shows.
     */
    private static void admitExampleNulls(Schema<?> schema, Map<String, Schema> schemas) {
        // an example written as JSON text in @Schema(example = ...) arrives parsed into a (Jackson 2) tree
        if (schema.getExample() != null) {
            admitNulls(schema, Json31.mapper().valueToTree(schema.getExample()), schemas);
        }
    }

    private static void admitNulls(Schema<?> schema, JsonNode example, Map<String, Schema> schemas) {
        Schema<?> resolved = schema.get$ref() == null ? schema : schemas.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        if (resolved == null) {
            return;
        }
        if (example.isArray() && resolved.getItems() != null) {
            example.forEach(element -> admitNulls(resolved.getItems(), element, schemas));
        }
        if (!example.isObject() || resolved.getProperties() == null) {
            return;
        }
        Map<String, Schema> properties = resolved.getProperties();
        example.properties().forEach(field -> {
            Schema<?> property = properties.get(field.getKey());
            if (property == null) {
                return;
            }
            if (!field.getValue().isNull()) {
                admitNulls(property, field.getValue(), schemas);
            } else if (property.get$ref() != null) {
                properties.put(field.getKey(), new Schema<>().anyOf(List.of(new Schema<>().$ref(property.get$ref()),
                        new Schema<>().types(Set.of("null")))));
            } else {
                Set<String> types = new LinkedHashSet<>(Objects.requireNonNullElse(property.getTypes(), Set.of()));
                if (property.getType() != null) {
                    types.add(property.getType());
                }
                types.add("null");
                property.setTypes(types);
            }
        });
    }

    /** Schemas only a replaced body used (the live stream's emitter) would be dead weight, and linters say so. */
    private static void removeUnreferenced(OpenAPI openApi, Map<String, Schema> schemas) {
        Set<String> reachable = new HashSet<>();
        List<String> pending = new ArrayList<>(references(openApi.getPaths()));
        while (!pending.isEmpty()) {
            String name = pending.remove(pending.size() - 1);
            if (reachable.add(name) && schemas.containsKey(name)) {
                pending.addAll(references(schemas.get(name)));
            }
        }
        schemas.keySet().retainAll(reachable);
    }

    private static Set<String> references(Object part) {
        Set<String> names = new HashSet<>();
        Matcher matcher = REFERENCE.matcher(Json31.pretty(part));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
