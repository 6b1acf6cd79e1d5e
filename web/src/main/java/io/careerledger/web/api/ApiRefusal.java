package io.careerledger.web.api;

import java.util.List;
import java.util.Optional;

/**
 * A service refused a request with a 4xx problem: its words, to be shown next to the field or action
 * the refusal concerns.
 *
 * @param type   the problem's stable code, e.g. {@code vague-goal} for {@code /problems/vague-goal}
 * @param detail what the service says is wrong, in words
 * @param errors one per field, when the service named fields
 */
public final class ApiRefusal extends RuntimeException {

    private final int status;
    private final String type;
    private final String detail;
    private final List<FieldError> errors;

    public ApiRefusal(int status, String type, String detail, List<FieldError> errors) {
        super(status + " " + type + ": " + detail);
        this.status = status;
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public record FieldError(String field, String message) {
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** What is wrong with one field (the request body's name for it), if the service named it. */
    public Optional<String> messageFor(String field) {
        return errors.stream().filter(error -> error.field().equals(field)).map(FieldError::message).findFirst();
    }

    /** Whether the service named this field: the page then shows the message beside it rather than above the form. */
    public boolean concerns(String field) {
        return messageFor(field).isPresent();
    }

    public boolean forbidden() {
        return status == 403;
    }

    public boolean notFound() {
        return status == 404;
    }
}
