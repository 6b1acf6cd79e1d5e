package io.careerledger.command.support;

import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Description;

import io.careerledger.command.problem.RuleViolation;
import io.careerledger.command.problem.RuleViolation.Kind;

/**
 * The fixture expectations of a refusal: a {@link RuleViolation} of one kind (which decides the HTTP
 * status) and code (the problem type), and nothing recorded. Chain {@code expectExceptionMessage} to pin the detail.
 */
public final class Refusals {

    private Refusals() {
    }

    /** A broken business rule: 422. */
    public static <T> ResultValidator<T> refused(ResultValidator<T> result, String code) {
        return violation(result, Kind.REFUSED, code);
    }

    /** This person may not do this to this record: 403. */
    public static <T> ResultValidator<T> forbidden(ResultValidator<T> result, String code) {
        return violation(result, Kind.FORBIDDEN, code);
    }

    /** The record's state or an id already taken stands in the way: 409. */
    public static <T> ResultValidator<T> conflict(ResultValidator<T> result, String code) {
        return violation(result, Kind.CONFLICT, code);
    }

    /** The thing the command names does not exist: 404. */
    public static <T> ResultValidator<T> notFound(ResultValidator<T> result, String code) {
        return violation(result, Kind.NOT_FOUND, code);
    }

    private static <T> ResultValidator<T> violation(ResultValidator<T> result, Kind kind, String code) {
        return result.expectException(new CustomTypeSafeMatcher<RuleViolation>("a " + kind + " refusal /problems/" + code) {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.kind() == kind && violation.code().equals(code);
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description mismatch) {
                mismatch.appendText("a " + violation.kind() + " refusal /problems/" + violation.code() + ": " + violation.getMessage());
            }
        }).expectNoEvents();
    }
}
