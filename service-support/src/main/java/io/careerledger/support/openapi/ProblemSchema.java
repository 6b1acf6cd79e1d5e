package io.careerledger.support.openapi;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/** The RFC 9457 problem every refusal of both services is written as ({@code application/problem+json}). */
public final class ProblemSchema {

    public static final String PROBLEM = "Problem";
    public static final String FIELD_ERROR = "FieldError";
    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemSchema() {
    }

    static Schema<?> problem() {
        Map<String, Schema> properties = new TreeMap<>();
        properties.put("type", string("A stable URI naming the kind of problem: `/problems/<code>`; match on it.")
                .format("uri-reference").example("/problems/not-found"));
        properties.put("title", string("A short summary of the kind of problem.").example("Not Found"));
        properties.put("status", typed("integer").format("int32").description("The HTTP status code.")
                .example(404));
        properties.put("detail", string("What went wrong this time, written for a person.")
                .example("No such record: 213d9fab-41dd-396b-8399-8f7f18091e2c"));
        properties.put("instance", string("The request path the problem occurred on.").format("uri-reference")
                .example("/api/employees/213d9fab-41dd-396b-8399-8f7f18091e2c/goals"));
        properties.put("errors", typed("array").items(new Schema<>().$ref(ref(FIELD_ERROR)))
                .description("For an invalid request: each field and what is wrong with it."));
        return typed("object").properties(properties)
                .description("An RFC 9457 problem detail. Some problem types add members, e.g. `violations` of an invalid "
                        + "framework document.");
    }

    static Schema<?> fieldError() {
        return typed("object")
                .addProperty("field", string("The request field, e.g. `hireDate` or `evidence[0]`.").example("hireDate"))
                .addProperty("message", string("What is wrong with its value.").example("must be an ISO-8601 date"))
                .description("One invalid field of a request.");
    }

    /** Documents that the operation can answer {@code status} with a problem, unless it already says so. */
    public static void answers(ApiResponses responses, int status, String description) {
        responses.computeIfAbsent(String.valueOf(status), code -> new ApiResponse().description(description));
    }

    /** A problem body; also of the few 2xx answers that are one, such as the query-service's 202 "not yet visible". */
    public static Content content() {
        return new Content().addMediaType(MEDIA_TYPE, new MediaType().schema(new Schema<>().$ref(ref(PROBLEM))));
    }

    private static Schema<Object> string(String description) {
        return typed("string").description(description);
    }

    /** OpenAPI 3.1 schemas serialise {@code types}; {@code type} alone would be left out. */
    private static Schema<Object> typed(String type) {
        return new Schema<>().types(Set.of(type));
    }

    private static String ref(String schema) {
        return "#/components/schemas/" + schema;
    }
}
