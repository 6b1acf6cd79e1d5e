package io.careerledger.command.framework;

/** The stable codes of governance refusals: problem {@code type} {@code /problems/<code>}. */
final class FrameworkRules {

    static final String PROPOSAL_PENDING = "framework-proposal-pending";
    static final String OWN_PROPOSAL = "framework-own-proposal";
    static final String VERSION_NOT_PENDING = "framework-version-not-pending";
    static final String UNKNOWN_VERSION = "framework-unknown-version";
    static final String REASONS_REQUIRED = "framework-rejection-reasons-required";
    static final String NOT_PUBLISHED = "framework-not-published";
    static final String UNKNOWN_TRACK = "framework-unknown-track";
    static final String SUCCESSOR_RETIRING = "framework-successor-retiring";
    static final String SUNSET_IN_PAST = "framework-sunset-in-past";

    private FrameworkRules() {
    }
}
