package io.careerledger.command.feedback;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.careerledger.command.career.ReportingLines;
import io.careerledger.command.career.ReportingLines.ReportingLine;
import io.careerledger.command.problem.RuleViolation;
import io.careerledger.command.security.Actor;
import io.careerledger.events.FeedbackAuthorRevealed;
import io.careerledger.events.FeedbackGiven;
import io.careerledger.events.FeedbackInvitee;
import io.careerledger.events.FeedbackRating;
import io.careerledger.events.FeedbackRelation;
import io.careerledger.events.FeedbackRoundClosed;
import io.careerledger.events.FeedbackRoundOpened;

/**
 * An anonymous 360° feedback round about one employee: opened by their line manager or HR, answered
 * once by each invited peer or direct report, closed. The authors are kept here, so HR can have one
 * revealed with a reason; who may see what of it is the query side's rule. Id = the round id the client chose.
 */
@Aggregate
class FeedbackRound {

    @AggregateIdentifier
    private String roundId;
    private FeedbackRoundOpened opened;
    /** who answered already */
    private final Set<String> answered = new HashSet<>();
    /** by answer id */
    private final Map<String, FeedbackGiven> answers = new HashMap<>();
    private boolean closed;

    FeedbackRound() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenFeedbackRound command, Actor caller, ReportingLines reportingLines, FeedbackProperties properties) {
        FeedbackRoundOpened requested = new FeedbackRoundOpened(command.roundId(), command.employeeId(), caller.id(),
                command.competencyIds(), command.invitees(), properties.minimumAnswers());
        if (opened != null) {
            if (opened.equals(requested)) {
                return;
            }
            throw RuleViolation.conflict(FeedbackRules.ALREADY_OPENED, "Feedback round " + command.roundId()
                    + " is already open with other details; choose a new id for another round.");
        }
        ReportingLine line = reportingLines.of(command.employeeId()).orElseThrow(() -> RuleViolation.refused(
                FeedbackRules.UNKNOWN_EMPLOYEE, "There is no employee " + command.employeeId() + " to ask feedback about."));
        if (line.offboarded()) {
            throw RuleViolation.refused(FeedbackRules.EMPLOYEE_OFFBOARDED,
                    "Employee " + command.employeeId() + " has left; no feedback is asked about them any more.");
        }
        if (!caller.isHr() && !line.isManagedBy(caller.id())) {
            throw RuleViolation.forbidden(FeedbackRules.NOT_ALLOWED_TO_OPEN,
                    "Only the employee's line manager or HR open a feedback round about them.");
        }
        refuseUnfitInvitees(command, reportingLines, properties.minimumAnswers());
        apply(requested);
    }

    private static void refuseUnfitInvitees(OpenFeedbackRound command, ReportingLines reportingLines, int minimumAnswers) {
        Set<String> invited = new HashSet<>();
        for (FeedbackInvitee invitee : command.invitees()) {
            if (invitee.personId().equals(command.employeeId())) {
                throw RuleViolation.refused(FeedbackRules.SUBJECT_INVITED,
                        "The employee is not asked for feedback about themself; their self-assessment is a review cycle's.");
            }
            if (!invited.add(invitee.personId())) {
                throw RuleViolation.refused(FeedbackRules.INVITED_TWICE, invitee.personId() + " is invited twice.");
            }
            if (invitee.relation() == FeedbackRelation.DIRECT_REPORT && !reportingLines.of(invitee.personId())
                    .map(line -> line.isManagedBy(command.employeeId())).orElse(false)) {
                throw RuleViolation.refused(FeedbackRules.NOT_A_DIRECT_REPORT, invitee.personId()
                        + " does not report to " + command.employeeId() + "; invite them as a peer.");
            }
        }
        if (invited.size() < minimumAnswers) {
            throw RuleViolation.refused(FeedbackRules.TOO_FEW_INVITEES, "Invite at least " + minimumAnswers
                    + " people: results are shown only once " + minimumAnswers + " answered, so no one can be singled out.");
        }
    }

    @CommandHandler
    void handle(GiveFeedback command, Actor caller) {
        FeedbackGiven given = answers.get(command.answerId());
        FeedbackGiven requested = new FeedbackGiven(roundId, opened.employeeId(), command.answerId(), caller.id(),
                command.ratings(), command.comment());
        if (given != null && given.equals(requested)) {
            return;
        }
        if (opened.invitees().stream().noneMatch(invitee -> caller.is(invitee.personId()))) {
            throw RuleViolation.forbidden(FeedbackRules.NOT_INVITED, "Only the people invited to this round give feedback in it.");
        }
        if (closed) {
            throw RuleViolation.conflict(FeedbackRules.ROUND_CLOSED, "This feedback round is closed; it takes no more answers.");
        }
        if (answered.contains(caller.id()) || given != null) {
            throw RuleViolation.conflict(FeedbackRules.ALREADY_GIVEN, given != null
                    ? "Answer " + command.answerId() + " is already given with other content; answers are never overwritten."
                    : "You already answered this round; each invited person answers once.");
        }
        Set<String> rated = new HashSet<>();
        for (FeedbackRating rating : command.ratings()) {
            if (!opened.competencyIds().contains(rating.competencyId())) {
                throw RuleViolation.refused(FeedbackRules.UNKNOWN_COMPETENCY, "This round asks about "
                        + opened.competencyIds() + "; " + rating.competencyId() + " is not one of them.");
            }
            if (!rated.add(rating.competencyId())) {
                throw RuleViolation.refused(FeedbackRules.COMPETENCY_RATED_TWICE, rating.competencyId() + " is rated twice.");
            }
        }
        apply(requested);
    }

    @CommandHandler
    void handle(CloseFeedbackRound command, Actor caller) {
        if (!caller.isHr() && !caller.is(opened.openedBy())) {
            throw RuleViolation.forbidden(FeedbackRules.NOT_ALLOWED_TO_CLOSE, "Only the one who opened the round or HR close it.");
        }
        if (!closed) {
            apply(new FeedbackRoundClosed(roundId, opened.employeeId(), caller.id(), answers.size()));
        }
    }

    /** Not idempotent on purpose: every reveal is a request of its own, with its reason, in the audit log. */
    @CommandHandler
    void handle(RevealFeedbackAuthor command, Actor caller) {
        if (!caller.isHr()) {
            throw RuleViolation.forbidden(FeedbackRules.REVEAL_BY_HR_ONLY, "Only HR reveals who gave an answer.");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw RuleViolation.refused(FeedbackRules.REVEAL_REASON_REQUIRED, "Say why the author must be revealed.");
        }
        FeedbackGiven given = answers.get(command.answerId());
        if (given == null) {
            throw RuleViolation.notFound(FeedbackRules.UNKNOWN_ANSWER, "This round has no answer " + command.answerId() + ".");
        }
        apply(new FeedbackAuthorRevealed(roundId, opened.employeeId(), command.answerId(), given.authorId(), caller.id(),
                command.reason().strip()));
    }

    @EventSourcingHandler
    void on(FeedbackRoundOpened event) {
        roundId = event.roundId();
        opened = event;
    }

    @EventSourcingHandler
    void on(FeedbackGiven event) {
        answered.add(event.authorId());
        answers.put(event.answerId(), event);
    }

    @EventSourcingHandler
    void on(FeedbackRoundClosed event) {
        closed = true;
    }
}
