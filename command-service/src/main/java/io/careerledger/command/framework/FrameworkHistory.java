package io.careerledger.command.framework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import io.careerledger.events.FrameworkDefinition;
import io.careerledger.events.FrameworkVersionApproved;
import io.careerledger.events.FrameworkVersionProposed;
import io.careerledger.events.FrameworkVersionPublished;
import io.careerledger.events.FrameworkVersionRejected;

/**
 * The versions of one framework, read straight from its event stream: the proposer and the council
 * need them (and their diff) before any read model has caught up, and a framework's history is short.
 */
@Component
class FrameworkHistory {

    enum Status { PROPOSED, PUBLISHED, SUPERSEDED, REJECTED }

    record Approval(String approvedBy, String comment) {
    }

    record Version(String frameworkId, int version, Status status, String rationale, String proposedBy,
                   Instant proposedAt, int requiredApprovals, List<Approval> approvals, List<String> rejectionReasons,
                   FrameworkDefinition definition) {
    }

    private final EventStore eventStore;

    FrameworkHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    List<Version> versions(String frameworkId) {
        Map<Integer, VersionBuilder> versions = new LinkedHashMap<>();
        eventStore.readEvents(frameworkId).asStream().forEach(message -> apply(versions, message));
        return versions.values().stream().map(VersionBuilder::build).toList();
    }

    Optional<Version> version(String frameworkId, int version) {
        return versions(frameworkId).stream().filter(v -> v.version() == version).findFirst();
    }

    private static void apply(Map<Integer, VersionBuilder> versions, DomainEventMessage<?> message) {
        Object event = message.getPayload();
        if (event instanceof FrameworkVersionProposed proposed) {
            versions.put(proposed.version(), new VersionBuilder(proposed, message.getTimestamp()));
        } else if (event instanceof FrameworkVersionApproved approved) {
            versions.get(approved.version()).approvals.add(new Approval(approved.approvedBy(), approved.comment()));
        } else if (event instanceof FrameworkVersionRejected rejected) {
            versions.get(rejected.version()).rejected(rejected.reasons());
        } else if (event instanceof FrameworkVersionPublished published) {
            versions.values().stream().filter(v -> v.status == Status.PUBLISHED).forEach(v -> v.status = Status.SUPERSEDED);
            versions.get(published.version()).status = Status.PUBLISHED;
        }
    }

    private static final class VersionBuilder {
        private final FrameworkVersionProposed proposal;
        private final Instant proposedAt;
        private final List<Approval> approvals = new ArrayList<>();
        private List<String> rejectionReasons = List.of();
        private Status status = Status.PROPOSED;

        VersionBuilder(FrameworkVersionProposed proposal, Instant proposedAt) {
            this.proposal = proposal;
            this.proposedAt = proposedAt;
        }

        void rejected(List<String> reasons) {
            status = Status.REJECTED;
            rejectionReasons = reasons;
        }

        Version build() {
            return new Version(proposal.frameworkId(), proposal.version(), status, proposal.rationale(),
                    proposal.proposedBy(), proposedAt, proposal.requiredApprovals(), List.copyOf(approvals),
                    rejectionReasons, proposal.definition());
        }
    }
}
