package io.careerledger.command.framework;

/**
 * One problem in a framework document.
 *
 * @param code    stable, clients match on it (see docs/framework-format.md)
 * @param path    where in the document, e.g. {@code tracks[1].levels[2].expectations.delivery}
 * @param line    1-based line of that element in the YAML source
 * @param message written for the person editing the document
 */
public record FrameworkViolation(String code, String path, int line, String message) {

    public static final String MALFORMED_DOCUMENT = "malformed-document";
    public static final String MISSING_FIELD = "missing-field";
    public static final String WRONG_TYPE = "wrong-type";
    public static final String UNKNOWN_FIELD = "unknown-field";
    public static final String INVALID_VALUE = "invalid-value";
    /** Text no reader can hold (NUL, an unpaired surrogate): malformed input, so the document is answered 400. */
    public static final String INVALID_TEXT = "invalid-text";
    public static final String DUPLICATE_ID = "duplicate-id";
    public static final String SCALE_NUMBERING_GAP = "scale-numbering-gap";
    public static final String PROFICIENCY_OFF_SCALE = "proficiency-off-scale";
    public static final String UNKNOWN_COMPETENCY = "unknown-competency";
    public static final String LEVEL_NUMBERING_GAP = "level-numbering-gap";
    public static final String POLICY_UNKNOWN_TRACK = "policy-unknown-track";
    public static final String POLICY_REQUIREMENT_UNMET = "policy-requirement-unmet";
    public static final String PARITY_BROKEN = "parity-broken";

    @Override
    public String toString() {
        return code + " at " + path + " (line " + line + "): " + message;
    }
}
