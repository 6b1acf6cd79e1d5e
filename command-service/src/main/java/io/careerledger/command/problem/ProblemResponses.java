package io.careerledger.command.problem;

import java.net.URI;
import java.util.stream.Collectors;

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

import io.careerledger.command.framework.FrameworkViolation;
import io.careerledger.command.framework.InvalidFrameworkDocument;
import io.careerledger.command.web.IfMatch;

/**
 * The one place refusals become RFC 9457 {@code application/problem+json}; malformed JSON and failed
 * validation are {@link BadRequestProblems}'.
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
            case GONE -> HttpStatus.GONE;
        };
        return problem(status, violation.code(), violation.getMessage());
    }

    /**
     * Every problem of the document at once, each with its YAML path and line, so it is fixed in one go. Text no
     * reader can hold (NUL, an unpaired surrogate) is malformed input, as in a JSON body: then the answer is a 400
     * naming each path in {@code errors}, the violations beside them.
     */
    @ExceptionHandler
    ProblemDetail invalidFrameworkDocument(InvalidFrameworkDocument invalid) {
        boolean malformedText = invalid.violations().stream().anyMatch(v -> FrameworkViolation.INVALID_TEXT.equals(v.code()));
        ProblemDetail problem = malformedText
                ? problem(HttpStatus.BAD_REQUEST, BadRequestProblems.TYPE, "The framework document holds text no reader can keep"
                        + " (NUL or an unpaired surrogate) at " + invalid.violations().stream()
                        .filter(v -> FrameworkViolation.INVALID_TEXT.equals(v.code())).map(FrameworkViolation::path).distinct()
                        .collect(Collectors.joining(", ")) + "; correct it and send it again. None of it was stored.")
                : problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-framework-document",
                        "The framework document has " + invalid.violations().size() + " problem(s); none of it was stored.");
        if (malformedText) {
            problem.setTitle("Invalid request");
            problem.setProperty("errors", invalid.violations().stream()
                    .map(v -> new BadRequestProblems.InvalidField(v.path(), v.message())).toList());
        }
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
