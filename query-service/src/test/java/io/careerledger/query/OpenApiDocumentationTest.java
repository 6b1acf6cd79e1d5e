package io.careerledger.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceClient.Response;
import io.careerledger.query.support.QueryServiceIntegrationTest;
import io.careerledger.support.consistency.ConsistencyToken;
import io.careerledger.support.openapi.ProblemSchema;
import io.careerledger.testsupport.OpenApiRules;

/**
 * Every query operation is documented well enough to call it from Swagger UI without reading code:
 * a summary, an example for every parameter and an example for every field of the success body.
 * A new endpoint without examples fails here. The document passes redocly's recommended rules (checked
 * here without node; it is written to {@code target/openapi.json} for {@code npx @redocly/cli lint}).
 */
@QueryServiceIntegrationTest
class OpenApiDocumentationTest {

    /** A live stream has no body schema worth an example; its events are documented by the summary. */
    private static final String EVENT_STREAM = "text/event-stream";

    @Autowired
    QueryServiceClient client;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    private JsonNode apiDocs;

    @BeforeEach
    void loadApiDocs() throws Exception {
        Response response = client.get("/v3/api-docs", null);
        assertThat(response.status()).isEqualTo(200);
        apiDocs = response.json();
        Files.writeString(Path.of("target/openapi.json"), apiDocs.toString());
    }

    @Test
    void everyOperationHasASummaryAndExamplesForItsParametersAndSuccessBody() {
        List<String> operations = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : apiDocs.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                operations.add(name);
                gaps.addAll(gapsOf(name, operation.getValue()));
            }
        }

        assertThat(operations).contains("GET /api/employees/{employeeId}/dashboard", "GET /api/analytics/head-count",
                "GET /api/audit/events", "GET /api/promotion-cases/{caseId}/trail", "POST /api/admin/rebuilds");
        assertThat(gaps).isEmpty();
    }

    /** A command's token is accepted by every read, which can answer 202 "not yet visible" or refuse a malformed token. */
    @Test
    void everyReadAcceptsAConsistencyTokenAndDocumentsNotYetVisible() {
        List<String> gaps = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : apiDocs.path("paths").properties()) {
            JsonNode read = path.getValue().path("get");
            if (!path.getKey().startsWith("/api/") || read.isMissingNode()) {
                continue;
            }
            boolean accepted = false;
            for (JsonNode parameter : read.path("parameters")) {
                accepted |= resolve(parameter).path("name").asString().equals(ConsistencyToken.HEADER)
                        && resolve(parameter).path("in").asString().equals("header");
            }
            JsonNode notYet = read.path("responses").path("202");
            if (!accepted || !notYet.path("headers").has(HttpHeaders.RETRY_AFTER) || !read.path("responses").has("400")
                    || notYet.path("content").path(ProblemSchema.MEDIA_TYPE).isMissingNode()) {
                gaps.add("GET " + path.getKey());
            }
        }
        assertThat(gaps).isEmpty();
    }

    @Test
    void passesTheRecommendedLintRules() {
        assertThat(new OpenApiRules(apiDocs).violations()).isEmpty();
    }

    @Test
    void everyDocumentedBodyHasTheFieldsOfTheRecordTheHandlerAnswers() {
        assertThat(new OpenApiRules(apiDocs).bodiesMatchRecords(handlers)).isEmpty();
    }

    @Test
    void describesItselfAndGroupsOperationsInTheDomainsWords() {
        assertThat(apiDocs.path("info").path("title").asString()).isEqualTo("Career Ledger query API");
        assertThat(apiDocs.path("tags").findValuesAsString("name")).containsExactlyInAnyOrder("Dashboards", "Live updates",
                "Conversations", "Promotion cases", "Feedback rounds", "Employees", "Review cycles", "Frameworks", "Audit log",
                "Analytics", "Read-model operations");
        assertThat(apiDocs.path("paths").path("/api/employees/{employeeId}/dashboard").path("get").path("tags").get(0).asString())
                .isEqualTo("Dashboards");
        assertThat(apiDocs.path("security").get(0).has("bearer-jwt")).isTrue();
        assertThat(apiDocs.path("components").path("securitySchemes").path("bearer-jwt").path("scheme").asString()).isEqualTo("bearer");
    }

    /** The audit log answers an event's metadata and payload as JSON objects, not as strings. */
    @Test
    void auditEntriesCarryMetadataAndPayloadAsObjects() {
        JsonNode entry = apiDocs.path("components").path("schemas").path("AuditEntry").path("properties");
        assertThat(entry.path("metadata").path("type").asString()).isEqualTo("object");
        assertThat(entry.path("payload").path("type").asString()).isEqualTo("object");
    }

    @Test
    void documentsTheCodesTheAdministrationAnswers() {
        JsonNode rebuild = apiDocs.path("paths").path("/api/admin/rebuilds").path("post").path("responses");
        assertThat(rebuild.propertyNames()).containsExactlyInAnyOrder("202", "401", "403", "406", "409");
        JsonNode redrive = apiDocs.path("paths").path("/api/admin/parked-events/{eventId}/redrive").path("post").path("responses");
        assertThat(redrive.propertyNames()).containsExactlyInAnyOrder("200", "400", "401", "403", "404", "406", "409");
        assertThat(redrive.path("409").path("content").path("application/problem+json").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void examplesSpeakTheDemoOrganisationsLanguage() {
        JsonNode dashboard = successSchema(apiDocs.path("paths").path("/api/employees/{employeeId}/dashboard").path("get"));
        JsonNode example = resolve(dashboard).path("example");

        assertThat(example.path("frameworkId").asString()).isEqualTo("three-track");
        assertThat(example.path("trackId").asString()).isEqualTo("expert");
        assertThat(example.path("competencies")).isNotEmpty();
    }

    /** A type-level example is written by hand; a renamed or added field must show up here, not in Swagger UI. */
    @Test
    void everyTypeLevelExampleNamesExactlyTheFieldsOfItsType() {
        Map<String, Set<String>> mismatches = new TreeMap<>();
        int examples = 0;
        for (Map.Entry<String, JsonNode> schema : apiDocs.path("components").path("schemas").properties()) {
            JsonNode example = schema.getValue().path("example");
            if (example.isObject() && schema.getValue().has("properties")) {
                examples++;
                Set<String> documented = new TreeSet<>(schema.getValue().path("properties").propertyNames());
                Set<String> exemplified = new TreeSet<>(example.propertyNames());
                if (!documented.equals(exemplified)) {
                    mismatches.put(schema.getKey(), symmetricDifference(documented, exemplified));
                }
            }
        }

        assertThat(examples).isGreaterThan(20);
        assertThat(mismatches).isEmpty();
    }

    private static Set<String> symmetricDifference(Set<String> left, Set<String> right) {
        Set<String> difference = new TreeSet<>(left);
        difference.addAll(right);
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        difference.removeAll(common);
        return difference;
    }

    private List<String> gapsOf(String name, JsonNode operation) {
        List<String> gaps = new ArrayList<>();
        if (operation.path("summary").asString("").isBlank()) {
            gaps.add(name + ": no summary");
        }
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            if (!hasExample(resolved) && !resolved.path("schema").has("default")) {
                missingExamples(resolved.path("schema"), name + ": parameter '" + resolved.path("name").asString() + "'", new HashSet<>(), gaps);
            }
        }
        JsonNode success = successResponse(operation);
        if (success == null) {
            gaps.add(name + ": no success response");
            return gaps;
        }
        for (Map.Entry<String, JsonNode> content : success.path("content").properties()) {
            if (!content.getKey().startsWith(EVENT_STREAM)) {
                missingExamples(content.getValue().path("schema"), name + " " + content.getKey() + " body", new HashSet<>(), gaps);
            }
        }
        return gaps;
    }

    /** Adds a gap for every leaf of {@code schema} that neither is nor sits under an example. */
    private void missingExamples(JsonNode schema, String where, Set<String> visiting, List<String> gaps) {
        if (schema.has("$ref") && !visiting.add(schema.path("$ref").asString())) {
            return;
        }
        JsonNode resolved = resolve(schema);
        if (hasExample(schema) || hasExample(resolved) || resolved.has("enum")) {
            return;
        }
        if (resolved.has("items")) {
            missingExamples(resolved.path("items"), where + "[]", visiting, gaps);
        } else if (resolved.has("properties")) {
            for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
                missingExamples(property.getValue(), where + "." + property.getKey(), new HashSet<>(visiting), gaps);
            }
        } else if (resolved.path("additionalProperties").isObject()) {
            missingExamples(resolved.path("additionalProperties"), where + "{}", visiting, gaps);
        } else if (resolved.has("allOf")) {
            resolved.path("allOf").forEach(part -> missingExamples(part, where, visiting, gaps));
        } else {
            gaps.add(where + " has no example");
        }
    }

    private static boolean hasExample(JsonNode node) {
        return node.has("example") || node.has("examples");
    }

    private static JsonNode successResponse(JsonNode operation) {
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
            if (response.getKey().startsWith("2")) {
                return response.getValue();
            }
        }
        return null;
    }

    private static JsonNode successSchema(JsonNode operation) {
        return successResponse(operation).path("content").iterator().next().path("schema");
    }

    /** Follows a local {@code #/components/...} reference; anything else is returned as it is. */
    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asString("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = apiDocs;
        for (String segment : ref.substring(2).split("/")) {
            target = target.path(segment);
        }
        return target;
    }
}
