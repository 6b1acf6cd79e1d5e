package io.careerledger.query.framework;

import java.time.Instant;

import org.springframework.stereotype.Component;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.FrameworkAnnualReviewDue;
import io.careerledger.events.FrameworkDefinition;
import io.careerledger.events.FrameworkVersionApproved;
import io.careerledger.events.FrameworkVersionProposed;
import io.careerledger.events.FrameworkVersionPublished;
import io.careerledger.events.FrameworkVersionRejected;
import io.careerledger.events.TrackRetirementScheduled;
import io.careerledger.query.api.JsonColumns;
import io.careerledger.query.consumption.AuditEvent;
import io.careerledger.query.consumption.Projection;

/**
 * The framework catalogue: every version of every framework with the council's decisions, and the
 * retirements scheduled on the version in force. A framework's events share a partition, so they
 * arrive in the order they were stored; one that refers to a version never seen fails and is parked.
 */
@Component
class FrameworkCatalogueProjection implements Projection {

    private final FrameworkVersionRepository versions;
    private final JsonColumns json;

    FrameworkCatalogueProjection(FrameworkVersionRepository versions, JsonColumns json) {
        this.versions = versions;
        this.json = json;
    }

    @Override
    public void project(CareerEvent event, AuditEvent envelope) {
        Instant at = envelope.occurredAt();
        if (event instanceof FrameworkVersionProposed proposed) {
            FrameworkVersion version = catalogued(proposed.frameworkId(), proposed.version(), proposed.definition());
            version.proposed(proposed.rationale(), proposed.proposedBy(), proposed.requiredApprovals(), at);
            versions.save(version);
        } else if (event instanceof FrameworkVersionApproved approved) {
            existing(approved.frameworkId(), approved.version())
                    .approved(new Approval(approved.approvedBy(), approved.comment(), at), json);
        } else if (event instanceof FrameworkVersionRejected rejected) {
            existing(rejected.frameworkId(), rejected.version()).rejected(rejected.rejectedBy(), rejected.reasons(), at, json);
        } else if (event instanceof FrameworkVersionPublished published) {
            publish(published, at);
        } else if (event instanceof TrackRetirementScheduled retirement) {
            inForce(retirement.frameworkId()).retirementScheduled(new ScheduledRetirement(retirement.trackId(),
                    retirement.sunsetDate(), retirement.successorTrackId(), retirement.reason(), at), json);
        } else if (event instanceof FrameworkAnnualReviewDue due) {
            existing(due.frameworkId(), due.version()).annualReviewDue();
        }
    }

    private void publish(FrameworkVersionPublished published, Instant at) {
        versions.findFirstByFrameworkIdAndStatusOrderByVersionDesc(published.frameworkId(), VersionStatus.PUBLISHED)
                .filter(previous -> previous.version() < published.version())
                .ifPresent(FrameworkVersion::superseded);
        // the publication carries the whole document: a version whose proposal is missing is still catalogued
        FrameworkVersion version = catalogued(published.frameworkId(), published.version(), published.definition());
        version.published(published.annualReviewDue(), at);
        versions.save(version);
    }

    private FrameworkVersion catalogued(String frameworkId, int version, FrameworkDefinition definition) {
        return versions.findById(new FrameworkVersion.Key(frameworkId, version))
                .orElseGet(() -> new FrameworkVersion(frameworkId, version, definition, json));
    }

    private FrameworkVersion existing(String frameworkId, int version) {
        return versions.findById(new FrameworkVersion.Key(frameworkId, version)).orElseThrow(() ->
                new IllegalStateException("Framework " + frameworkId + " has no version " + version + " in the catalogue."));
    }

    private FrameworkVersion inForce(String frameworkId) {
        return versions.findFirstByFrameworkIdAndStatusOrderByVersionDesc(frameworkId, VersionStatus.PUBLISHED).orElseThrow(() ->
                new IllegalStateException("Framework " + frameworkId + " has no published version in the catalogue."));
    }
}
