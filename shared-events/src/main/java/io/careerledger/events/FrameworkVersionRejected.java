package io.careerledger.events;

import java.util.List;

/** The council turned a proposed version down; it will never be published. */
@EventRevision(1)
public record FrameworkVersionRejected(
        String frameworkId,
        int version,
        String rejectedBy,
        List<String> reasons) implements CareerEvent {

    public FrameworkVersionRejected {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @Override
    public String subject() {
        return frameworkId;
    }
}
