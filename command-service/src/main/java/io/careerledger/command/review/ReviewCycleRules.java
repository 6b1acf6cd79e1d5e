package io.careerledger.command.review;

/** The stable codes of refusals on review cycles: problem {@code type} {@code /problems/<code>}. */
final class ReviewCycleRules {

    static final String NOT_ALLOWED = "not-allowed-for-review-cycles";
    static final String CYCLE_ID_TAKEN = "cycle-id-taken";
    static final String FRAMEWORK_NOT_PUBLISHED = "framework-not-published";
    static final String DEADLINES_OUT_OF_ORDER = "deadlines-out-of-order";
    static final String EMPTY_POPULATION = "empty-population";
    static final String PHASE_OUT_OF_ORDER = "phase-out-of-order";
    static final String CYCLE_CLOSED = "review-cycle-closed";
    static final String NOT_CALIBRATED = "review-cycle-not-calibrated";

    private ReviewCycleRules() {
    }
}
