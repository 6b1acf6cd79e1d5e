package io.careerledger.command.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import io.careerledger.command.input.RefusedValue;

/**
 * Every 400 as a problem a person can act on: {@code type} {@code /problems/invalid-request}, a
 * {@code detail} naming the fields, and {@code errors: [{field, message}]}, one per field and what is wrong
 * with it. Fields are JSON paths into the body ({@code population.managerIds[0]}) or parameter and header
 * names. Ordered before {@link ProblemResponses}, whose Spring MVC defaults would say only
 * "Invalid request content.".
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BadRequestProblems {

    static final String TYPE = "invalid-request";
    static final String BODY = "body";

    /** One thing wrong with a request. */
    record InvalidField(String field, String message) {
    }

    @ExceptionHandler
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        return invalid(fieldsOf(e.getBindingResult()));
    }

    /** Constraints on parameters ({@code @RequestParam @NotBlank}) and, with them, on bodies. */
    @ExceptionHandler
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        List<InvalidField> fields = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors errors) {
                fields.addAll(fieldsOf(errors));
            } else {
                String name = result.getMethodParameter().getParameterName();
                result.getResolvableErrors().forEach(error -> fields.add(new InvalidField(name, messageOf(error))));
            }
        });
        return invalid(fields);
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return invalid(List.of(unreadableField(e)));
    }

    @ExceptionHandler
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return invalid(List.of(new InvalidField(e.getParameterName(), "is required")));
    }

    @ExceptionHandler
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        return invalid(List.of(new InvalidField(e.getHeaderName(), "is required")));
    }

    /** A path variable, parameter or header that does not convert, or text the binder refused. */
    @ExceptionHandler
    ProblemDetail mismatchedParameter(MethodArgumentTypeMismatchException e) {
        Throwable cause = e.getMostSpecificCause();
        String message = cause instanceof IllegalArgumentException && e.getRequiredType() == String.class
                ? cause.getMessage() : expected(e.getRequiredType());
        return invalid(List.of(new InvalidField(e.getName(), message)));
    }

    private static InvalidField unreadableField(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new InvalidField(pathOf(unknown), "is not a field of this request; known: " + unknown.getKnownPropertyIds());
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String message = mismatch instanceof RefusedValue ? mismatch.getOriginalMessage() : expected(mismatch.getTargetType());
            return new InvalidField(pathOf(mismatch), message);
        }
        if (cause instanceof StreamReadException malformed) {
            String where = malformed.getLocation() == null ? ""
                    : " (line " + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr() + ")";
            return new InvalidField(BODY, "is not valid JSON" + where + ": " + malformed.getOriginalMessage());
        }
        if (cause instanceof JacksonException jackson) {
            return new InvalidField(BODY, "must be a JSON object with the fields of this request: " + jackson.getOriginalMessage());
        }
        return new InvalidField(BODY, "is required: this request needs a JSON body");
    }

    private static List<InvalidField> fieldsOf(Errors result) {
        List<InvalidField> fields = new ArrayList<>();
        result.getFieldErrors().forEach(error -> fields.add(new InvalidField(error.getField(), messageOf(error))));
        result.getGlobalErrors().forEach(error -> fields.add(new InvalidField(BODY, messageOf(error))));
        return fields;
    }

    private static String messageOf(MessageSourceResolvable error) {
        if (error instanceof FieldError field && field.isBindingFailure()) {
            return "has the wrong type";
        }
        return error.getDefaultMessage();
    }

    /** "population.managerIds[0]" from Jackson's reference chain. */
    private static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    private static final Map<Class<?>, String> EXPECTED = Map.of(
            UUID.class, "must be a UUID, e.g. 5b0c3c52-8f5e-4a53-9d0c-2f0c5b7f1e01",
            Integer.class, "must be a whole number", int.class, "must be a whole number",
            Long.class, "must be a whole number", long.class, "must be a whole number",
            Boolean.class, "must be true or false", boolean.class, "must be true or false",
            String.class, "must be text");

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        return EXPECTED.getOrDefault(type, type.isRecord() ? "must be an object with its own fields" : "has the wrong type");
    }

    private static ProblemDetail invalid(List<InvalidField> fields) {
        List<InvalidField> sorted = fields.stream().distinct().sorted(Comparator.comparing(InvalidField::field)).toList();
        String names = sorted.stream().map(InvalidField::field).distinct().collect(Collectors.joining(", "));
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, TYPE,
                "The request was not accepted; correct " + names + " and send it again: "
                        + sorted.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; ")) + ".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", sorted);
        return problem;
    }
}
