package io.careerledger.command.review;

import java.util.Optional;

/** Which review cycles exist and whether they still take assessments, for rules on a person's career. */
@FunctionalInterface
public interface ReviewCycles {

    /** @return whether the cycle is still open; empty when there is no such cycle */
    Optional<Boolean> isOpen(String cycleId);
}
