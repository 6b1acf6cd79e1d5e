package io.careerledger.command.problem;

/**
 * A command broke a business rule. {@code code} is stable (clients match on the problem {@code type}
 * {@code /problems/<code>}); {@code detail} is written for a person.
 */
public class RuleViolation extends RuntimeException {

    /** What kind of refusal: decides the HTTP status, nothing else. */
    public enum Kind { REFUSED, CONFLICT, NOT_FOUND, FORBIDDEN, GONE }

    private final String code;
    private final Kind kind;

    public RuleViolation(Kind kind, String code, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
        this.code = code;
    }

    /** A business rule is broken whoever asks (422); who may act on which record is {@link #forbidden}. */
    public static RuleViolation refused(String code, String detail) {
        return new RuleViolation(Kind.REFUSED, code, detail);
    }

    public static RuleViolation conflict(String code, String detail) {
        return new RuleViolation(Kind.CONFLICT, code, detail);
    }

    /** The person acting may not do this to this record (their role allows the kind of command). */
    public static RuleViolation forbidden(String code, String detail) {
        return new RuleViolation(Kind.FORBIDDEN, code, detail);
    }

    public static RuleViolation notFound(String code, String detail) {
        return new RuleViolation(Kind.NOT_FOUND, code, detail);
    }

    /** The thing existed and was removed for good (410), e.g. an erased person's data key. */
    public static RuleViolation gone(String code, String detail) {
        return new RuleViolation(Kind.GONE, code, detail);
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
