package io.careerledger.events;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The council turned a proposed version down; it will never be published. */
@EventRevision(1)
public record FrameworkVersionRejected(
        @NotNull @Size(max = Limits.ID) String frameworkId,
        int version,
        @NotNull @Size(max = Limits.ACTOR) String rejectedBy,
        @NotNull List<@NotNull @Size(max = Limits.REASON) String> reasons) implements CareerEvent {

    public FrameworkVersionRejected {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @Override
    public String subject() {
        return frameworkId;
    }
}
