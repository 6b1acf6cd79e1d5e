package io.careerledger.query.api;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Query parameters a reader got wrong are 400s naming the parameter: text the binder refused (a NUL, an
 * unpaired surrogate), a value of the wrong type, and a {@code sort} by something the view doesn't have,
 * which Spring Data reports only when the query runs.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryParameterProblems {

    static final String TYPE = "invalid-query";

    @ExceptionHandler
    ProblemDetail mismatched(MethodArgumentTypeMismatchException e) {
        Throwable cause = e.getMostSpecificCause();
        // the binder's own refusals (plain text, dates in range) say what is wrong; anything else is a wrong type
        String what = cause instanceof IllegalArgumentException && cause.getMessage() != null && cause.getMessage().startsWith("must ")
                ? cause.getMessage() : "has the wrong type" + (e.getRequiredType() == null ? "" : ", expected " + e.getRequiredType().getSimpleName());
        return invalid(e.getName() + " " + what + ".");
    }

    /** Parameters bound into a record ({@code from} and {@code to} of a period): each field and what is wrong with it. */
    @ExceptionHandler
    ProblemDetail invalidFields(MethodArgumentNotValidException e) {
        return invalid(e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + " " + messageOf(error))
                .collect(Collectors.joining("; ")) + ".");
    }

    private static String messageOf(FieldError error) {
        if (!error.isBindingFailure()) {
            return error.getDefaultMessage();
        }
        Throwable cause = error.contains(TypeMismatchException.class) ? error.unwrap(TypeMismatchException.class).getMostSpecificCause() : null;
        return cause instanceof IllegalArgumentException && cause.getMessage() != null && cause.getMessage().startsWith("must ")
                ? cause.getMessage() : "has the wrong type";
    }

    @ExceptionHandler
    ProblemDetail unknownSort(PropertyReferenceException e) {
        return invalid("sort names no field of this view: " + e.getPropertyName() + ".");
    }

    /**
     * The queries are the code's own; what can make one unusable is a reader's {@code sort}, which Spring
     * Data or Hibernate refuse only when the query is built.
     */
    @ExceptionHandler
    ProblemDetail unusable(InvalidDataAccessApiUsageException e, HttpServletRequest request) {
        if (e.getMostSpecificCause() instanceof PropertyReferenceException unknown) {
            return unknownSort(unknown);
        }
        if (request.getParameter("sort") != null) {
            return invalid("sort names no field of this view: " + String.join("; ", request.getParameterValues("sort")).replace((char) 0, '?') + ".");
        }
        throw e;
    }

    private static ProblemDetail invalid(String detail) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, TYPE, detail).getBody();
        problem.setTitle("Invalid query");
        return problem;
    }
}
