package io.careerledger.support.openapi;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

/**
 * The status codes an operation can answer, read off its handler: springdoc knows only a 200. The refusals
 * added here get their problem body from {@link DocumentConventions}; 401 too, since only the paths say
 * which operations are public.
 */
public class ResponseCodes implements GlobalOperationCustomizer {

    ResponseCodes() {
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses();
        if (answersNoContent(handler) && responses.containsKey("200")) {
            ApiResponse ok = responses.remove("200");
            responses.addApiResponse("204", new ApiResponse().description("Done; there is nothing to answer.")
                    .headers(ok.getHeaders()));
        }
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            ProblemSchema.answers(responses, 400, "The request is malformed or a value is invalid; `errors` names each field.");
        }
        if (roleChecked(handler)) {
            ProblemSchema.answers(responses, 403, "Your roles, or your relation to this record, do not allow it.");
        }
        if (parameters(operation, "path").findAny().isPresent()) {
            ProblemSchema.answers(responses, 404, "There is no such record.");
        }
        if (parameters(operation, "header").anyMatch(parameter -> HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName()))) {
            ProblemSchema.answers(responses, 412, "The record changed since the version in `If-Match` (the ETag you read); "
                    + "read it again and retry.");
        }
        ProblemSchema.answers(responses, 406, "The `Accept` header allows none of the formats this operation answers in.");
        if (operation.getRequestBody() != null) {
            ProblemSchema.answers(responses, 415, "The body's `Content-Type` is not one this operation reads.");
        }
        return operation;
    }

    /** {@code ResponseEntity<Void>}: every such handler here answers {@code noContent()}. */
    private static boolean answersNoContent(HandlerMethod handler) {
        ResolvableType returned = ResolvableType.forMethodReturnType(handler.getMethod());
        return ResponseEntity.class.isAssignableFrom(returned.toClass()) && returned.getGeneric(0).resolve() == Void.class;
    }

    /** The handler checks the caller's roles or relation to the record, so it can answer 403. */
    public static boolean roleChecked(HandlerMethod handler) {
        return handler.hasMethodAnnotation(PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
    }

    private static Stream<Parameter> parameters(Operation operation, String in) {
        return Optional.ofNullable(operation.getParameters()).stream().flatMap(List::stream)
                .filter(parameter -> in.equals(parameter.getIn()));
    }
}
