package io.careerledger.command.career;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** HR erases a person's personal data (GDPR art. 17): their data key is destroyed. */
public record ErasePersonalData(@TargetAggregateIdentifier String employeeId, String reason) {
}
