package io.careerledger.web.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.web.signin.CurrentUser;

/**
 * The two services' public APIs, called with the signed-in person's bearer token. A 4xx problem
 * becomes an {@link ApiRefusal} carrying the service's words; a 5xx or no answer a
 * {@link ServiceUnavailable}, never a stack trace on a page. Reads after a command in the same web request
 * carry its consistency token, so they show its effect, or throw {@link NotYetVisible}.
 */
@Component
public class CareerLedgerApi {

    private final RestClient commandService;
    private final RestClient queryService;
    private final CurrentUser currentUser;
    private final JsonMapper json;

    CareerLedgerApi(RestClient.Builder builder, ServiceUrls urls, JsonMapper json, CurrentUser currentUser) {
        this.commandService = client(builder, urls.commandServiceUrl(), "command-service", json);
        this.queryService = client(builder, urls.queryServiceUrl(), "query-service", json).mutate()
                .defaultStatusHandler(status -> status.value() == HttpStatus.ACCEPTED.value(), (request, response) -> {
                    throw new NotYetVisible();
                })
                .build();
        this.currentUser = currentUser;
        this.json = json;
    }

    /** The calls made as the signed-in person. */
    public Calls asSignedIn() {
        return new Calls(() -> currentUser.get().token());
    }

    /** The calls made with another token: sign-in, before anyone is signed in. */
    public Calls withToken(String token) {
        return new Calls(() -> token);
    }

    /** Reads from the query-service and writes to the command-service with one token. */
    public final class Calls {

        private final Supplier<String> token;

        private Calls(Supplier<String> token) {
            this.token = token;
        }

        /** No token for the services' public paths (dev tokens). */
        private void bearer(HttpHeaders headers) {
            String value = token.get();
            if (value != null) {
                headers.setBearerAuth(value);
            }
        }

        public <T> T read(Class<T> type, String uri, Object... variables) {
            return call("query-service", () -> queryService.get().uri(uri, variables).headers(this::reading)
                    .retrieve().body(type));
        }

        public <T> T read(ParameterizedTypeReference<T> type, String uri, Object... variables) {
            return call("query-service", () -> queryService.get().uri(uri, variables).headers(this::reading)
                    .retrieve().body(type));
        }

        private void reading(HttpHeaders headers) {
            bearer(headers);
            ConsistencyTokens.send(headers);
        }

        /** A command: 2xx or an {@link ApiRefusal}. */
        public void send(Object body, String uri, Object... variables) {
            sendFor(Void.class, body, uri, variables);
        }

        public <T> T sendFor(Class<T> answer, Object body, String uri, Object... variables) {
            return sent(commandService.post().uri(uri, variables).headers(this::bearer)
                    .contentType(MediaType.APPLICATION_JSON).body(body), answer);
        }

        /** The few reads only the command-service answers, such as the diff between two framework versions. */
        public <T> T readFromCommandService(Class<T> type, String uri, Object... variables) {
            return call("command-service", () -> commandService.get().uri(uri, variables).headers(this::bearer)
                    .retrieve().body(type));
        }

        /** A command whose body is a document of its own type, such as a framework proposal in YAML. */
        public <T> T sendDocument(Class<T> answer, String document, MediaType type, String uri, Object... variables) {
            return sent(commandService.post().uri(uri, variables).headers(this::bearer).contentType(type).body(document), answer);
        }

        /** The command's answer; its consistency token is kept for this web request's reads. */
        private <T> T sent(RestClient.RequestBodySpec command, Class<T> answer) {
            ResponseEntity<T> response = call("command-service", () -> command.retrieve().toEntity(answer));
            ConsistencyTokens.remember(response.getHeaders());
            return response.getBody();
        }

        /**
         * A download from the query-service streamed as it arrives (an export may be large) to where
         * {@code target} says once it has seen the answer's headers, e.g. its content type and file name;
         * a refusal comes before anything is written.
         */
        public void download(Function<HttpHeaders, OutputStream> target, String uri, Object... variables) {
            call("query-service", () -> queryService.get().uri(uri, variables).headers(this::bearer)
                    .exchange((request, response) -> {
                        if (response.getStatusCode().is4xxClientError()) {
                            throw refusal(response, json);
                        }
                        if (response.getStatusCode().isError()) {
                            throw new ServiceUnavailable("query-service", response.getStatusCode().value());
                        }
                        return response.getBody().transferTo(target.apply(response.getHeaders()));
                    }));
        }
    }

    private static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (ResourceAccessException unreachable) {
            throw new ServiceUnavailable(service, unreachable);
        }
    }

    private static RestClient client(RestClient.Builder builder, String baseUrl, String service, JsonMapper json) {
        return builder.clone().baseUrl(baseUrl)
                .defaultStatusHandler(HttpStatusCode::is4xxClientError, (request, response) -> {
                    throw refusal(response, json);
                })
                .defaultStatusHandler(HttpStatusCode::is5xxServerError, (request, response) -> {
                    throw new ServiceUnavailable(service, response.getStatusCode().value());
                })
                .build();
    }

    private static ApiRefusal refusal(ClientHttpResponse response, JsonMapper json) throws IOException {
        int status = response.getStatusCode().value();
        JsonNode problem;
        try {
            problem = json.readTree(response.getBody());
        } catch (RuntimeException notJson) {
            problem = json.createObjectNode();
        }
        String type = problem.path("type").asString("");
        List<ApiRefusal.FieldError> errors = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            errors.add(new ApiRefusal.FieldError(error.path("field").asString(""), error.path("message").asString("")));
        }
        // a framework document's problems name a path in the document and its line rather than a field
        for (JsonNode violation : problem.path("violations")) {
            String line = violation.has("line") ? "line " + violation.path("line").asInt() + ": " : "";
            errors.add(new ApiRefusal.FieldError(violation.path("path").asString(""), line + violation.path("message").asString("")));
        }
        String detail = problem.path("detail").asString(problem.path("title").asString("The request was refused (" + status + ")."));
        return new ApiRefusal(status, type.substring(type.lastIndexOf('/') + 1), detail, errors);
    }
}
