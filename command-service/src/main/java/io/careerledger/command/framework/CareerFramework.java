package io.careerledger.command.framework;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.careerledger.command.eventstore.MessageClock;
import io.careerledger.command.problem.RuleViolation;
import io.careerledger.command.security.ActorMetadata;
import io.careerledger.events.FrameworkAnnualReviewDue;
import io.careerledger.events.FrameworkDefinition;
import io.careerledger.events.FrameworkVersionApproved;
import io.careerledger.events.FrameworkVersionProposed;
import io.careerledger.events.FrameworkVersionPublished;
import io.careerledger.events.FrameworkVersionRejected;
import io.careerledger.events.TrackRetirementScheduled;

/**
 * One organisation's career framework and its governance: versions are proposed, approved by a quorum
 * of the council and published (or rejected); the latest published version is in force. Id = the
 * framework id of its documents.
 */
@Aggregate
class CareerFramework {

    static final String ANNUAL_REVIEW = "framework-annual-review";

    @AggregateIdentifier
    private String frameworkId;
    private int latestVersion;
    private Proposal proposal;
    private final Set<Integer> published = new LinkedHashSet<>();
    private final Set<Integer> rejected = new LinkedHashSet<>();
    private FrameworkVersionPublished inForce;
    private final Map<String, TrackRetirementScheduled> retirements = new HashMap<>();

    CareerFramework() {
        // for Axon: rebuilt from its events
    }

    /** @return the version number of the proposal (the existing one when this is a retry) */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(ProposeFrameworkVersion command, @MetaDataValue(value = ActorMetadata.ACTOR_ID, required = true) String actor) {
        if (proposal != null) {
            if (proposal.isRetryOf(command, actor)) {
                return proposal.version();
            }
            throw RuleViolation.conflict(FrameworkRules.PROPOSAL_PENDING, "Version " + proposal.version() + " of "
                    + command.frameworkId() + " is still before the council; approve or reject it before proposing another.");
        }
        if (inForce != null && inForce.definition().equals(command.definition())) {
            return inForce.version();
        }
        apply(new FrameworkVersionProposed(command.frameworkId(), latestVersion + 1, command.definition(),
                command.rationale(), actor, command.requiredApprovals()));
        return latestVersion;
    }

    @CommandHandler
    void handle(ApproveFrameworkVersion command, @MetaDataValue(value = ActorMetadata.ACTOR_ID, required = true) String actor,
                DeadlineManager deadlines) {
        if (inForce != null && inForce.version() == command.version() && inForce.approvedBy().contains(actor)) {
            return; // a retry of an approval that helped publish this version
        }
        Proposal pending = pendingProposal(command.version());
        if (pending.proposedBy().equals(actor)) {
            throw RuleViolation.forbidden(FrameworkRules.OWN_PROPOSAL, "You proposed version " + pending.version()
                    + "; another council member has to approve it.");
        }
        if (pending.approvers().contains(actor)) {
            return;
        }
        int approvals = pending.approvers().size() + 1;
        apply(new FrameworkVersionApproved(frameworkId, pending.version(), actor, command.comment(), approvals,
                pending.requiredApprovals()));
        if (approvals >= pending.requiredApprovals()) {
            LocalDate today = MessageClock.today();
            LocalDate reviewDue = today.plusMonths(12);
            apply(new FrameworkVersionPublished(frameworkId, pending.version(), pending.definition(),
                    List.copyOf(pending.approvers()), reviewDue));
            // one review at a time: the newest published version is the one to review
            deadlines.cancelAll(ANNUAL_REVIEW);
            deadlines.schedule(reviewDue.atStartOfDay(ZoneOffset.UTC).toInstant(), ANNUAL_REVIEW,
                    new AnnualReview(pending.version(), today));
        }
    }

    @CommandHandler
    void handle(RejectFrameworkVersion command, @MetaDataValue(value = ActorMetadata.ACTOR_ID, required = true) String actor) {
        Proposal pending = pendingProposal(command.version());
        if (command.reasons() == null || command.reasons().stream().allMatch(reason -> reason == null || reason.isBlank())) {
            throw RuleViolation.refused(FrameworkRules.REASONS_REQUIRED, "Say why the council rejects version "
                    + pending.version() + ": the proposer needs the reasons to revise it.");
        }
        apply(new FrameworkVersionRejected(frameworkId, pending.version(), actor, command.reasons()));
    }

    @CommandHandler
    void handle(ScheduleTrackRetirement command) {
        if (inForce == null) {
            throw RuleViolation.refused(FrameworkRules.NOT_PUBLISHED,
                    "Framework " + frameworkId + " has no published version yet; only tracks in force can be retired.");
        }
        FrameworkDefinition definition = inForce.definition();
        if (definition.track(command.trackId()).isEmpty()) {
            throw RuleViolation.refused(FrameworkRules.UNKNOWN_TRACK, "Version " + inForce.version() + " of "
                    + frameworkId + " has no track '" + command.trackId() + "'.");
        }
        if (definition.track(command.successorTrackId()).isEmpty() || command.successorTrackId().equals(command.trackId())) {
            throw RuleViolation.refused(FrameworkRules.UNKNOWN_TRACK, "People on '" + command.trackId()
                    + "' need another track of version " + inForce.version() + " to move to; '"
                    + command.successorTrackId() + "' is not one.");
        }
        if (retirements.containsKey(command.successorTrackId())) {
            throw RuleViolation.refused(FrameworkRules.SUCCESSOR_RETIRING, "'" + command.successorTrackId()
                    + "' is itself being retired; choose a track that stays.");
        }
        if (!command.sunsetDate().isAfter(MessageClock.today())) {
            throw RuleViolation.refused(FrameworkRules.SUNSET_IN_PAST,
                    "The sunset date has to be in the future, so people on the track can be told and move.");
        }
        TrackRetirementScheduled scheduled = new TrackRetirementScheduled(frameworkId, command.trackId(),
                command.sunsetDate(), command.successorTrackId(), command.reason());
        if (!scheduled.equals(retirements.get(command.trackId()))) {
            apply(scheduled);
        }
    }

    @DeadlineHandler(deadlineName = ANNUAL_REVIEW)
    void annualReviewDue(AnnualReview review) {
        if (inForce != null && inForce.version() == review.version()) {
            apply(new FrameworkAnnualReviewDue(frameworkId, review.version(), review.publishedOn()));
        }
    }

    private Proposal pendingProposal(int version) {
        if (proposal != null && proposal.version() == version) {
            return proposal;
        }
        if (published.contains(version)) {
            throw RuleViolation.conflict(FrameworkRules.VERSION_NOT_PENDING, "Version " + version + " of " + frameworkId
                    + " is already published; published versions never change.");
        }
        if (rejected.contains(version)) {
            throw RuleViolation.conflict(FrameworkRules.VERSION_NOT_PENDING, "Version " + version + " of " + frameworkId
                    + " was rejected; propose a new version instead.");
        }
        throw RuleViolation.notFound(FrameworkRules.UNKNOWN_VERSION, "Framework " + frameworkId + " has no version " + version + ".");
    }

    @EventSourcingHandler
    void on(FrameworkVersionProposed event) {
        frameworkId = event.frameworkId();
        latestVersion = event.version();
        proposal = new Proposal(event.version(), event.definition(), event.rationale(), event.proposedBy(),
                event.requiredApprovals(), new LinkedHashSet<>());
    }

    @EventSourcingHandler
    void on(FrameworkVersionApproved event) {
        proposal.approvers().add(event.approvedBy());
    }

    @EventSourcingHandler
    void on(FrameworkVersionPublished event) {
        proposal = null;
        published.add(event.version());
        inForce = event;
        retirements.clear();
    }

    @EventSourcingHandler
    void on(FrameworkVersionRejected event) {
        proposal = null;
        rejected.add(event.version());
    }

    @EventSourcingHandler
    void on(TrackRetirementScheduled event) {
        retirements.put(event.trackId(), event);
    }

    /** A version before the council. */
    private record Proposal(int version, FrameworkDefinition definition, String rationale, String proposedBy,
                            int requiredApprovals, Set<String> approvers) {

        boolean isRetryOf(ProposeFrameworkVersion command, String actor) {
            return definition.equals(command.definition()) && proposedBy.equals(actor)
                    && Objects.equals(rationale, command.rationale());
        }
    }

    /** The deadline's payload: which version was published when. */
    record AnnualReview(int version, LocalDate publishedOn) {
    }
}
