package io.careerledger.command.framework;

import java.util.List;

/** A framework document that cannot be accepted, with every problem found in it (never empty). */
public class InvalidFrameworkDocument extends RuntimeException {

    private final List<FrameworkViolation> violations;

    InvalidFrameworkDocument(List<FrameworkViolation> violations) {
        super(violations.size() + " problem(s) in the framework document, first: " + violations.get(0), null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<FrameworkViolation> violations() {
        return violations;
    }
}
