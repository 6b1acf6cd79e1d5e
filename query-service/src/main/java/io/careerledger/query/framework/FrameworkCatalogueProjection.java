package io.careerledger.query.framework;

import java.time.Instant;

import org.springframework.stereotype.Component;

import io.careerledger.events.FrameworkAnnualReviewDue;
import io.careerledger.events.FrameworkDefinition;
import io.careerledger.events.FrameworkVersionApproved;
import io.careerledger.events.FrameworkVersionProposed;
import io.careerledger.events.FrameworkVersionPublished;
import io.careerledger.events.FrameworkVersionRejected;
import io.careerledger.events.TrackRetirementScheduled;
import io.careerledger.query.api.JsonColumns;
import io.careerledger.query.consumption.Envelope;
import io.careerledger.query.consumption.Handlers;
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
    public void register(Handlers handlers) {
        handlers.on(FrameworkVersionProposed.class, this::proposed)
                .on(FrameworkVersionApproved.class, this::approved)
                .on(FrameworkVersionRejected.class, this::rejected)
                .on(FrameworkVersionPublished.class, this::published)
                .on(TrackRetirementScheduled.class, this::retirementScheduled)
                .on(FrameworkAnnualReviewDue.class, this::annualReviewDue);
    }

    void proposed(Envelope<FrameworkVersionProposed> envelope) {
        FrameworkVersionProposed proposed = envelope.payload();
        FrameworkVersion version = catalogued(proposed.frameworkId(), proposed.version(), proposed.definition());
        version.proposed(proposed.rationale(), proposed.proposedBy(), proposed.requiredApprovals(), envelope.time());
        versions.save(version);
    }

    void approved(Envelope<FrameworkVersionApproved> envelope) {
        FrameworkVersionApproved approved = envelope.payload();
        existing(approved.frameworkId(), approved.version())
                .approved(new Approval(approved.approvedBy(), approved.comment(), envelope.time()), json);
    }

    void rejected(Envelope<FrameworkVersionRejected> envelope) {
        FrameworkVersionRejected rejected = envelope.payload();
        existing(rejected.frameworkId(), rejected.version()).rejected(rejected.rejectedBy(), rejected.reasons(), envelope.time(), json);
    }

    void retirementScheduled(Envelope<TrackRetirementScheduled> envelope) {
        TrackRetirementScheduled retirement = envelope.payload();
        inForce(retirement.frameworkId()).retirementScheduled(new ScheduledRetirement(retirement.trackId(),
                retirement.sunsetDate(), retirement.successorTrackId(), retirement.reason(), envelope.time()), json);
    }

    void annualReviewDue(Envelope<FrameworkAnnualReviewDue> envelope) {
        existing(envelope.payload().frameworkId(), envelope.payload().version()).annualReviewDue();
    }

    void published(Envelope<FrameworkVersionPublished> envelope) {
        FrameworkVersionPublished published = envelope.payload();
        Instant at = envelope.time();
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
