package io.careerledger.command.support;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import io.careerledger.support.consistency.ConsistencyToken;

/** Talks to the running service as a client would: dev token, JSON in, status and body out. */
public final class ApiClient {

    private final RestClient http;

    public ApiClient(int port) {
        this.http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    public String token(String subject, String... roles) {
        Map<?, ?> body = http.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("subject", subject, "roles", List.of(roles)))
                .retrieve().body(Map.class);
        return (String) body.get("token");
    }

    public Response post(String path, String token, String json) {
        return send(HttpMethod.POST, path, token, MediaType.APPLICATION_JSON, json, null);
    }

    /** A POST with an {@code If-Match} header carrying the version a client read. */
    public Response post(String path, String token, String json, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setIfMatch(ifMatch);
        return post(path, token, json, headers);
    }

    /** A POST with headers of the test's choosing: Accept, If-Match, ... */
    public Response post(String path, String token, String json, HttpHeaders headers) {
        return send(HttpMethod.POST, path, token, MediaType.APPLICATION_JSON, json, headers);
    }

    public Response postYaml(String path, String token, String yaml) {
        return send(HttpMethod.POST, path, token, MediaType.parseMediaType("application/yaml"), yaml, null);
    }

    public Response get(String path, String token) {
        return send(HttpMethod.GET, path, token, null, null, null);
    }

    private Response send(HttpMethod method, String path, String token, MediaType contentType, String body, HttpHeaders extra) {
        RestClient.RequestBodySpec request = http.method(method).uri(path)
                .headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                    if (extra != null) {
                        headers.addAll(extra);
                    }
                });
        if (body != null) {
            request.contentType(contentType).body(body);
        }
        return request.exchange((req, response) -> new Response(response.getStatusCode().value(),
                String.valueOf(response.getHeaders().getContentType()),
                new String(response.getBody().readAllBytes()), response.getHeaders().getETag(),
                response.getHeaders().getFirst(ConsistencyToken.HEADER)));
    }

    /**
     * Publishes the three-track sample under {@code frameworkId}: HR proposes it, two council members
     * approve it. @return the proposal's answer
     */
    public Response publishThreeTrack(String frameworkId, String hrToken) {
        String document = get("/api/frameworks/samples/three-track", hrToken).body().replaceFirst("(?m)^id: .*$", "id: " + frameworkId);
        Response proposed = postYaml("/api/frameworks/proposals?rationale=Test", hrToken, document);
        for (String member : List.of("council-1", "council-2")) {
            post("/api/frameworks/" + frameworkId + "/versions/1/approvals", token(member, "COUNCIL"), "{}");
        }
        return proposed;
    }

    public record Response(int status, String contentType, String body, String etag, String consistencyToken) {
    }
}
