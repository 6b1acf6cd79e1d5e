package io.careerledger.testsupport;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The rules of redocly's "recommended" ruleset (errors and warnings) that an OpenAPI document of ours must
 * pass, checked without node in the build; plus one redocly can't see: each documented body has the fields of
 * the record the handler really reads or answers (two records with one simple name share one schema).
 * Each method answers the violations it found, one readable line each; a clean document answers none.
 */
public final class OpenApiRules {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]+");
    private static final String PROBLEM = "#/components/schemas/Problem";

    private final JsonNode document;

    public OpenApiRules(JsonNode document) {
        this.document = document;
    }

    /** Every rule below but the bodies-match-records one. */
    public List<String> violations() {
        List<String> violations = new ArrayList<>();
        violations.addAll(info());
        violations.addAll(servers());
        violations.addAll(operations());
        violations.addAll(tags());
        violations.addAll(references());
        return violations;
    }

    /** info-license is left out: the project has no license to name. */
    List<String> info() {
        List<String> violations = new ArrayList<>();
        for (String field : List.of("title", "version", "description")) {
            if (document.path("info").path(field).asString("").isBlank()) {
                violations.add("info has no " + field);
            }
        }
        return violations;
    }

    List<String> servers() {
        List<String> violations = new ArrayList<>();
        if (document.path("servers").isEmpty()) {
            violations.add("no servers (no-empty-servers)");
        }
        for (JsonNode server : document.path("servers")) {
            String url = server.path("url").asString("");
            if (url.isBlank() || url.contains("example.com") || url.contains("localhost") || (url.length() > 1 && url.endsWith("/"))) {
                violations.add("server url '" + url + "' is blank, an example/localhost or ends with a slash");
            }
        }
        return violations;
    }

    List<String> operations() {
        List<String> violations = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        Set<String> schemes = new HashSet<>(document.path("components").path("securitySchemes").propertyNames());
        if (schemes.isEmpty()) {
            violations.add("no security scheme defined");
        }
        Set<String> normalisedPaths = new HashSet<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            String template = path.getKey();
            if (template.length() > 1 && template.endsWith("/") || template.contains("?")) {
                violations.add(template + ": trailing slash or query in the path");
            }
            if (!normalisedPaths.add(TEMPLATE.matcher(template).replaceAll("{}"))) {
                violations.add(template + ": identical to another path but for its parameter names");
            }
            Set<String> templated = new LinkedHashSet<>();
            Matcher variables = TEMPLATE.matcher(template);
            while (variables.find()) {
                templated.add(variables.group(1));
            }
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                String name = entry.getKey().toUpperCase() + " " + template;
                JsonNode operation = entry.getValue();
                String operationId = operation.path("operationId").asString("");
                if (operationId.isBlank() || !URL_SAFE.matcher(operationId).matches() || !operationIds.add(operationId)) {
                    violations.add(name + ": operationId '" + operationId + "' is missing, not URL-safe or not unique");
                }
                if (operation.path("summary").asString("").isBlank()) {
                    violations.add(name + ": no summary");
                }
                violations.addAll(parameters(name, templated, operation));
                violations.addAll(responses(name, operation));
                JsonNode security = operation.has("security") ? operation.path("security") : document.path("security");
                if (security.isMissingNode() || (template.startsWith("/api/") && security.isEmpty())) {
                    violations.add(name + ": no security requirement");
                }
                for (JsonNode requirement : security) {
                    requirement.propertyNames().stream().filter(scheme -> !schemes.contains(scheme))
                            .forEach(scheme -> violations.add(name + ": undefined security scheme " + scheme));
                }
            }
        }
        return violations;
    }

    private List<String> parameters(String name, Set<String> templated, JsonNode operation) {
        List<String> violations = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        Set<String> unique = new HashSet<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            String in = resolved.path("in").asString("");
            if (!unique.add(in + ":" + resolved.path("name").asString())) {
                violations.add(name + ": parameter " + resolved.path("name").asString() + " declared twice");
            }
            if (in.equals("path")) {
                declared.add(resolved.path("name").asString());
                if (!resolved.path("required").asBoolean(false)) {
                    violations.add(name + ": path parameter " + resolved.path("name").asString() + " not required");
                }
            }
        }
        if (!declared.equals(templated)) {
            violations.add(name + ": path parameters " + declared + " do not match the template's " + templated);
        }
        return violations;
    }

    private List<String> responses(String name, JsonNode operation) {
        List<String> violations = new ArrayList<>();
        Collection<String> codes = operation.path("responses").propertyNames();
        if (codes.stream().noneMatch(code -> code.startsWith("2"))) {
            violations.add(name + ": no 2xx response");
        }
        if (codes.stream().noneMatch(code -> code.startsWith("4"))) {
            violations.add(name + ": no 4xx response");
        }
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
            if (response.getValue().path("description").asString("").isBlank()) {
                violations.add(name + " " + response.getKey() + ": no description");
            }
            if (response.getKey().startsWith("4") && !PROBLEM.equals(response.getValue().path("content")
                    .path("application/problem+json").path("schema").path("$ref").asString(""))) {
                violations.add(name + " " + response.getKey() + ": not an application/problem+json Problem");
            }
        }
        return violations;
    }

    /** Every operation has a tag, every tag used is defined with a description, no defined tag is unused. */
    List<String> tags() {
        List<String> violations = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        forEachOperation((name, operation) -> {
            if (operation.path("tags").isEmpty()) {
                violations.add(name + ": no tag");
            }
            operation.path("tags").forEach(tag -> used.add(tag.asString()));
        });
        Set<String> defined = new TreeSet<>();
        for (JsonNode tag : document.path("tags")) {
            defined.add(tag.path("name").asString());
            if (tag.path("description").asString("").isBlank()) {
                violations.add("tag " + tag.path("name").asString() + " has no description");
            }
        }
        if (!used.equals(defined)) {
            violations.add("tags used " + used + " differ from the tags defined " + defined);
        }
        return violations;
    }

    /** Every local reference resolves and every component schema is referenced (no-unused-components). */
    List<String> references() {
        List<String> violations = new ArrayList<>();
        Set<String> referenced = new HashSet<>();
        collectReferences(document, referenced);
        for (String reference : referenced) {
            if (resolve(JsonNodeFactory.instance.objectNode().put("$ref", reference)).isMissingNode()) {
                violations.add("unresolved reference " + reference);
            }
        }
        for (String schema : document.path("components").path("schemas").propertyNames()) {
            if (!referenced.contains("#/components/schemas/" + schema)) {
                violations.add("unused schema " + schema);
            }
        }
        return violations;
    }

    /**
     * Each request body and success body the handlers declare as a record is documented with exactly that
     * record's fields, nested records too: a schema taken over by another type of the same name fails here.
     */
    public List<String> bodiesMatchRecords(RequestMappingHandlerMapping handlers) {
        List<String> violations = new ArrayList<>();
        handlers.getHandlerMethods().forEach((mapping, handler) -> {
            for (String template : mapping.getPatternValues()) {
                for (var method : mapping.getMethodsCondition().getMethods()) {
                    JsonNode operation = document.path("paths").path(template).path(method.name().toLowerCase());
                    if (!operation.isMissingNode()) {
                        violations.addAll(bodyMismatches(method + " " + template, operation, handler));
                    }
                }
            }
        });
        return violations;
    }

    private List<String> bodyMismatches(String name, JsonNode operation, HandlerMethod handler) {
        List<String> violations = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
                compare(name + " request", ResolvableType.forMethodParameter(parameter), schema, new HashSet<>(), violations);
            }
        }
        ResolvableType returned = ResolvableType.forMethodReturnType(handler.getMethod());
        if (HttpEntity.class.isAssignableFrom(returned.toClass())) {
            returned = returned.as(HttpEntity.class).getGeneric(0);
        }
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
            if (response.getKey().startsWith("2")) {
                for (Map.Entry<String, JsonNode> content : response.getValue().path("content").properties()) {
                    // a 2xx problem (the query API's 202 "not yet visible") is no body of the handler's
                    if (!content.getKey().equals("application/problem+json")) {
                        compare(name + " " + response.getKey(), returned, content.getValue().path("schema"), new HashSet<>(), violations);
                    }
                }
            }
        }
        return violations;
    }

    private void compare(String where, ResolvableType type, JsonNode schema, Set<Class<?>> visited, List<String> violations) {
        Class<?> raw = type.resolve();
        if (raw == null || schema.isMissingNode()) {
            return;
        }
        JsonNode resolved = resolve(schema);
        if (resolved.has("anyOf")) {
            resolved.path("anyOf").forEach(option -> compare(where, type, option, visited, violations));
            return;
        }
        if (Iterable.class.isAssignableFrom(raw)) {
            // a list, or a page: springdoc's PagedModel holds the elements in `content`
            JsonNode items = resolved.has("items") ? resolved.path("items") : resolve(resolved.path("properties").path("content")).path("items");
            compare(where + "[]", type.as(Iterable.class).getGeneric(0), items, visited, violations);
            return;
        }
        if (!raw.isRecord() || !visited.add(raw)) {
            return;
        }
        Map<String, RecordComponent> fields = jsonFields(raw);
        Set<String> documented = new TreeSet<>(resolved.path("properties").propertyNames());
        if (!fields.keySet().equals(documented)) {
            violations.add(where + ": " + raw.getName() + " has " + fields.keySet() + " but "
                    + schema.path("$ref").asString("its schema") + " documents " + documented);
            return;
        }
        fields.forEach((field, component) -> compare(where + "." + field, ResolvableType.forMethodReturnType(component.getAccessor()),
                resolved.path("properties").path(field), visited, violations));
    }

    /** The JSON fields of a record as Jackson writes it: a {@code @JsonUnwrapped} component's fields are its own. */
    private static Map<String, RecordComponent> jsonFields(Class<?> record) {
        Map<String, RecordComponent> fields = new TreeMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class) && component.getType().isRecord()) {
                fields.putAll(jsonFields(component.getType()));
            } else if (!component.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
                fields.put(component.getName(), component);
            }
        }
        return fields;
    }

    private void forEachOperation(BiConsumer<String, JsonNode> action) {
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    action.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
                }
            }
        }
    }

    private static void collectReferences(JsonNode node, Set<String> references) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equals("$ref") && field.getValue().isString()) {
                    references.add(field.getValue().asString());
                } else {
                    collectReferences(field.getValue(), references);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectReferences(element, references));
        }
    }

    /** Follows a local {@code #/...} reference; anything else is returned as it is. */
    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asString("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = document;
        for (String segment : ref.substring(2).split("/")) {
            target = target.path(segment);
        }
        return target;
    }
}
