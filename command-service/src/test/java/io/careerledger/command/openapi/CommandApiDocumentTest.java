package io.careerledger.command.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.ApiClient.Response;
import io.careerledger.command.support.CommandServiceIntegrationTest;
import io.careerledger.support.consistency.ConsistencyToken;
import io.careerledger.testsupport.OpenApiRules;

/**
 * The command API's OpenAPI document is one standard tools accept (redocly's recommended rules, checked here
 * without node) and tells the truth: the codes the endpoints answer, the bodies they read, the token they need.
 * The document is written to {@code target/openapi.json} for {@code npx @redocly/cli lint}.
 */
@CommandServiceIntegrationTest
class CommandApiDocumentTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    private ApiClient api;
    private JsonNode document;

    @BeforeEach
    void loadDocument() throws Exception {
        api = new ApiClient(port);
        Response response = api.get("/v3/api-docs", null);
        assertThat(response.status()).isEqualTo(200);
        Files.writeString(Path.of("target/openapi.json"), response.body());
        document = JsonMapper.shared().readTree(response.body());
    }

    @Test
    void passesTheRecommendedLintRules() {
        assertThat(new OpenApiRules(document).violations()).isEmpty();
    }

    @Test
    void everyDocumentedBodyHasTheFieldsOfTheRecordTheHandlerReadsOrAnswers() {
        assertThat(new OpenApiRules(document).bodiesMatchRecords(handlers)).isEmpty();
    }

    @Test
    void describesItselfAndGroupsOperationsInTheDomainsWords() {
        assertThat(document.path("info").path("title").asString()).isEqualTo("Career Ledger command API");
        assertThat(document.path("tags").findValuesAsString("name")).containsExactly("Assessments", "Goals", "Milestones",
                "Careers", "Conversations", "Promotion cases", "Review cycles", "Feedback rounds", "Frameworks", "Audit", "Operations", "Personal data keys",
                "Dev tokens");
        assertThat(operation("post", "/api/employees/{employeeId}/goals/{goalId}/progress").path("tags").get(0).asString())
                .isEqualTo("Goals");
    }

    /** What Swagger UI's Authorize needs: a bearer scheme on every /api operation, none on the token issuer. */
    @Test
    void everyApiOperationNeedsTheBearerTokenThatDevTokensIssues() {
        JsonNode scheme = document.path("components").path("securitySchemes").path("bearer-jwt");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(document.path("security").get(0).has("bearer-jwt")).isTrue();
        assertThat(operation("post", "/dev/tokens").has("security")).isTrue();
        assertThat(operation("post", "/dev/tokens").path("security").isEmpty()).isTrue();
    }

    @Test
    void documentsTheSuccessCodeEachEndpointAnswers() {
        String hr = api.token("hr-openapi", "HR");
        Response registered = api.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Ada Lovelace", "email": "ada@example.org", "level": 3, "hireDate": "2024-02-01"}"""
                .formatted(UUID.randomUUID()));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(successCodes("post", "/api/employees")).containsExactly(String.valueOf(registered.status()));
        assertThat(successCodes("post", "/api/conversations")).containsExactly("201");
        assertThat(successCodes("post", "/api/promotion-cases")).containsExactly("201");
        assertThat(successCodes("post", "/api/review-cycles")).containsExactly("201");
        assertThat(successCodes("post", "/api/frameworks/proposals")).containsExactly("201");
        assertThat(successCodes("post", "/api/conversations/{conversationId}/notes")).containsExactly("204");
        assertThat(successCodes("post", "/api/promotion-cases/{caseId}/decision")).containsExactly("204");
        assertThat(successCodes("post", "/api/employees/{employeeId}/goals")).containsExactly("200");
    }

    /** The token names the record the command changed and the version it left it at: what the query API waits for. */
    @Test
    void everyCommandAnswersAConsistencyTokenOfTheVersionItProduced() {
        String hr = api.token("hr-openapi", "HR");
        String employeeId = UUID.randomUUID().toString();
        Response registered = api.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Ada Lovelace", "email": "ada@example.org", "level": 3, "hireDate": "2024-02-01"}"""
                .formatted(employeeId));
        Response moved = api.post("/api/employees/" + employeeId + "/manager", hr, """
                {"managerId": "%s"}""".formatted(UUID.randomUUID()));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(ConsistencyToken.decode(registered.consistencyToken())).isEqualTo(new ConsistencyToken(employeeId, 0));
        assertThat(ConsistencyToken.decode(moved.consistencyToken())).isEqualTo(new ConsistencyToken(employeeId, 1));
        List<String> undocumented = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().path("post").path("responses").properties().forEach(answer -> {
            if (path.getKey().startsWith("/api/") && !path.getKey().startsWith("/api/admin/") && answer.getKey().startsWith("2")
                    && !answer.getValue().path("headers").has(ConsistencyToken.HEADER)) {
                undocumented.add(answer.getKey() + " POST " + path.getKey());
            }
        }));
        assertThat(undocumented).isEmpty();
    }

    /** A command can be malformed, unauthenticated, forbidden, conflicting or against a rule; on a record and a version too. */
    @Test
    void documentsEveryRefusalOfACommandAsAProblem() {
        assertThat(errorCodes("post", "/api/employees")).containsExactlyInAnyOrder("400", "401", "403", "406", "409", "415", "422");
        assertThat(errorCodes("post", "/api/employees/{employeeId}/goals/{goalId}/progress"))
                .containsExactlyInAnyOrder("400", "401", "403", "404", "406", "409", "412", "415", "422");
        assertThat(errorCodes("post", "/api/review-cycles/{cycleId}/closure"))
                .containsExactlyInAnyOrder("400", "401", "403", "404", "406", "409", "412", "422");
        assertThat(errorCodes("post", "/api/admin/snapshots")).as("an operator's request changes no record")
                .containsExactlyInAnyOrder("400", "401", "403", "406", "415");
        JsonNode problem = document.path("components").path("schemas").path("Problem").path("properties");
        assertThat(problem.propertyNames()).containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors");
        assertThat(problem.path("status").path("type").asString()).isEqualTo("integer");
        assertThat(problem.path("errors").path("items").path("$ref").asString()).isEqualTo("#/components/schemas/FieldError");
    }

    /** Milestone and promotion-case evidence are two records of one simple name; each keeps its own body. */
    @Test
    void evidenceForAMilestoneAndForAPromotionCaseHaveTheirOwnBodies() {
        assertThat(requestProperties("/api/employees/{employeeId}/milestones/{milestoneId}/evidence")).containsExactly("evidence");
        assertThat(requestProperties("/api/promotion-cases/{caseId}/evidence"))
                .containsExactlyInAnyOrder("evidenceId", "description", "link");
    }

    private JsonNode operation(String method, String path) {
        JsonNode operation = document.path("paths").path(path).path(method);
        assertThat(operation.isMissingNode()).as(method + " " + path).isFalse();
        return operation;
    }

    private List<String> successCodes(String method, String path) {
        return codes(method, path).stream().filter(code -> code.startsWith("2")).toList();
    }

    private List<String> errorCodes(String method, String path) {
        return codes(method, path).stream().filter(code -> code.startsWith("4")).toList();
    }

    private List<String> codes(String method, String path) {
        return new ArrayList<>(operation(method, path).path("responses").propertyNames());
    }

    private List<String> requestProperties(String path) {
        String ref = operation("post", path).path("requestBody").path("content").path("application/json").path("schema")
                .path("$ref").asString();
        JsonNode schema = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        return new ArrayList<>(schema.path("properties").propertyNames());
    }
}
