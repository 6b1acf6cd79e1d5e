package io.careerledger.query.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceIntegrationTest;

/**
 * Requests refused before any controller sees them still get a problem with a type: headers that aren't
 * media types (service-support's filter), paths the firewall or Tomcat refuse (the error page and valve),
 * and Spring MVC's own refusals (a problem type for each).
 */
@QueryServiceIntegrationTest
class ProblemEdgesIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;
    @Autowired
    QueryServiceClient client;

    @Test
    void anAcceptThatIsNotAMediaTypeIs406WithAProblem() throws Exception {
        HttpResponse<String> answer = get("/api/employees", "Accept", "garbage");

        assertProblem(answer, 406, "/problems/not-acceptable");
    }

    @Test
    void aContentTypeWithAWildcardIs415WithAProblem() throws Exception {
        HttpResponse<String> answer = get("/api/employees", "Content-Type", "application/*");

        assertProblem(answer, 415, "/problems/unsupported-media-type");
    }

    @Test
    void aPathTheFirewallRefusesIs400WithAProblem() throws Exception {
        HttpResponse<String> answer = get("/api/employees/x;x=1", "Accept", "application/json");

        assertProblem(answer, 400, "/problems/bad-request");
    }

    @Test
    void aPathTomcatRefusesIs400WithAProblem() throws Exception {
        HttpResponse<String> answer = get("/api/employees/%00", "Accept", "application/json");

        assertProblem(answer, 400, "/problems/bad-request");
    }

    @Test
    void aNulInAnyQueryParameterIs400NamingIt() throws Exception {
        for (String path : new String[] {"/api/audit/events?employeeId=%00", "/api/audit/events?type=x%00",
                "/api/audit/events/export?employeeId=%00&format=csv", "/api/analytics/head-count?frameworkId=%00",
                "/api/analytics/ratings?frameworkId=%00", "/api/employees?name=a%00b"}) {
            HttpResponse<String> answer = get(path, "Accept", "application/json");

            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertProblem(answer, 400, "/problems/invalid-query");
            assertThat(answer.body()).as(path).contains("NUL");
        }
    }

    /** PostgreSQL cannot hold these years: they were passed to it and answered 500. */
    @Test
    void aDateOrInstantOutsideTheContractsRangeIs400NamingIt() throws Exception {
        for (String path : new String[] {"/api/audit/events?from=%2B294277-01-01T00:00:00Z", "/api/audit/events?to=-4714-01-01T00:00:00Z",
                "/api/audit/events/export?format=csv&from=-4714-01-01T00:00:00Z", "/api/analytics/track-switches?from=-4714-01-01",
                "/api/analytics/promotions?to=%2B294277-01-01", "/api/audit/events?from=1899-12-31T23:59:59Z"}) {
            HttpResponse<String> answer = get(path, "Accept", "application/json");

            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertProblem(answer, 400, "/problems/invalid-query");
            assertThat(answer.body()).as(path).contains("between 1900-01-01 and 2999-12-31");
        }
        HttpResponse<String> asOf = get("/api/employees/213d9fab-41dd-396b-8399-8f7f18091e2c/as-of/%2B294277-01-01T00:00:00Z",
                "Accept", "application/json");
        assertProblem(asOf, 400, "/problems/invalid-instant");
        assertThat(get("/api/audit/events?from=2026-01-01T00:00:00Z", "Accept", "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void aSortByNoFieldOfTheViewIs400NamingIt() throws Exception {
        for (String path : new String[] {"/api/employees?sort=nonexistent", "/api/employees?sort=email%00"}) {
            HttpResponse<String> answer = get(path, "Accept", "application/json");

            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertProblem(answer, 400, "/problems/invalid-query");
        }
    }

    @Test
    void aMethodNobodyMapsGetsAProblemWithAType() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/employees"))
                .header("Authorization", "Bearer " + client.token("hr-edges", "HR"))
                .method("PATCH", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(answer, 405, "/problems/method-not-allowed");
    }

    private HttpResponse<String> get(String path, String header, String value) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + client.token("hr-edges", "HR"))
                .header(header, value).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String type) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"type\":\"" + type + "\"");
    }
}
