package io.careerledger.events;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * HR erased a person's personal data (GDPR art. 17) by destroying their data key: every
 * {@link PersonalData} field of their events, earlier and later, now reads as
 * {@link PersonalDataCipher#ERASED}. The facts themselves (what, when, which roles) stay.
 *
 * <p>A consumer drops every key of the person it holds (the key API answers 410 for them from now on).
 *
 * @param reason why HR erased it (the request's reference, not its content)
 */
@EventRevision(1)
public record PersonalDataErased(
        @NotNull @Size(max = Limits.ID) String employeeId,
        @NotNull @Size(max = Limits.REASON) String reason) implements CareerEvent {

    @Override
    public String subject() {
        return employeeId;
    }
}
