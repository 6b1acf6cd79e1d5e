package io.careerledger.command.problem;

import java.net.URI;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.careerledger.command.framework.InvalidFrameworkDocument;
import io.careerledger.command.web.IfMatch;

/**
 * The one place refusals become RFC 9457 {@code application/problem+json}. Malformed JSON and failed
 * validation are handled by Spring MVC's own {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail ruleViolated(RuleViolation violation) {
        HttpStatus status = switch (violation.kind()) {
            case REFUSED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        return problem(status, violation.code(), violation.getMessage());
    }

    /** Every problem of the document at once, each with its YAML path and line, so it is fixed in one go. */
    @ExceptionHandler
    ProblemDetail invalidFrameworkDocument(InvalidFrameworkDocument invalid) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-framework-document",
                "The framework document has " + invalid.violations().size() + " problem(s); none of it was stored.");
        problem.setProperty("violations", invalid.violations());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownAggregate(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such record: " + e.getAggregateIdentifier());
    }

    /** The client's If-Match named a version someone else has since changed. */
    @ExceptionHandler
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "stale-version",
                "This record changed since version " + e.getExpectedVersion() + " (it is at " + e.getActualVersion()
                        + "); read it again and retry.");
    }

    @ExceptionHandler
    ProblemDetail malformedIfMatch(IfMatch.Malformed e) {
        return problem(HttpStatus.BAD_REQUEST, "malformed-if-match", e.getMessage());
    }

    /** Another replica kept appending to this record while the command was retried (or created it first). */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrentChange(Exception e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change",
                "Someone changed this record at the same moment; read it again and retry.");
    }

    /** Checked before the command is sent (the mappings produce JSON only), so a 406 has written nothing. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex, HttpHeaders headers,
                                                                      HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                "This API answers in JSON (application/json, application/problem+json); nothing was recorded.");
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + code));
        return problem;
    }
}
