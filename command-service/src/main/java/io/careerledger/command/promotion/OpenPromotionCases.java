package io.careerledger.command.promotion;

import java.util.Optional;

/** Which case is open for a person, so a second nomination is refused while one is. */
@FunctionalInterface
public interface OpenPromotionCases {

    /** @return the id of the person's undecided, unwithdrawn case; empty when none */
    Optional<String> openCaseOf(String employeeId);
}
