package io.careerledger.command.conversation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.careerledger.command.career.ReportingLines.ReportingLine;
import io.careerledger.command.career.ReportingLines;
import io.careerledger.command.eventstore.MessageClock;
import io.careerledger.command.problem.RuleViolation;
import io.careerledger.command.security.Actor;
import io.careerledger.command.security.ActorMetadata;
import io.careerledger.events.ConversationAcknowledged;
import io.careerledger.events.ConversationAgreementRecorded;
import io.careerledger.events.ConversationCancelled;
import io.careerledger.events.ConversationConcluded;
import io.careerledger.events.ConversationKind;
import io.careerledger.events.ConversationNoteRecorded;
import io.careerledger.events.ConversationScheduled;

/**
 * One progression conversation with an employee (a 1:1, a review, career planning, ...): scheduled,
 * its notes and agreements recorded, concluded with a summary, acknowledged by the employee. Id = the
 * conversation id the client chose.
 */
@Aggregate
class ProgressionConversation {

    /** The kinds an employee may put in the diary themself; the others are their manager's or HR's to schedule. */
    static final Set<ConversationKind> SELF_SCHEDULED = EnumSet.of(ConversationKind.ONE_TO_ONE, ConversationKind.CAREER_PLANNING);

    @AggregateIdentifier
    private String conversationId;
    private ConversationScheduled scheduled;
    private final Map<String, ConversationNoteRecorded> notes = new HashMap<>();
    private final Map<String, ConversationAgreementRecorded> agreements = new HashMap<>();
    private String summary;
    private boolean acknowledged;
    private boolean cancelled;

    ProgressionConversation() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ScheduleConversation command,
                @MetaDataValue(value = ActorMetadata.ACTOR_ID, required = true) String actor,
                Actor caller,
                ReportingLines reportingLines) {
        LinkedHashSet<String> participants = new LinkedHashSet<>();
        participants.add(command.employeeId());
        participants.add(actor);
        participants.addAll(command.participants());
        ConversationScheduled requested = new ConversationScheduled(command.conversationId(), command.employeeId(),
                command.kind(), actor, List.copyOf(participants), command.scheduledFor(), command.reviewCycleId(), command.agenda());
        if (scheduled != null) {
            if (scheduled.equals(requested)) {
                return;
            }
            throw RuleViolation.conflict(ConversationRules.ALREADY_SCHEDULED, "Conversation " + command.conversationId()
                    + " is already scheduled with different details; choose a new id for another conversation.");
        }
        ReportingLine line = reportingLines.of(command.employeeId()).orElseThrow(() -> RuleViolation.refused(
                ConversationRules.UNKNOWN_EMPLOYEE, "There is no employee " + command.employeeId() + " to talk with."));
        if (line.offboarded()) {
            throw RuleViolation.refused(ConversationRules.EMPLOYEE_OFFBOARDED,
                    "Employee " + command.employeeId() + " has left; no conversation can be scheduled with them.");
        }
        boolean self = actor.equals(command.employeeId());
        if (!line.isManagedBy(actor) && !caller.isHr() && !(self && SELF_SCHEDULED.contains(command.kind()))) {
            throw RuleViolation.forbidden(ConversationRules.NOT_ALLOWED_TO_SCHEDULE, self
                    ? "A " + describe(command.kind()) + " is scheduled by your line manager or HR; you may schedule a one-to-one or career planning yourself."
                    : "Only the employee's line manager or HR schedule a conversation with them.");
        }
        apply(requested);
    }

    @CommandHandler
    void handle(RecordConversationNote command,
                @MetaDataValue(value = ActorMetadata.ACTOR_ID, required = true) String actor,
                Actor caller) {
        refuseWhenCancelled();
        if (!isParticipant(actor) && !caller.isHr()) {
            throw RuleViolation.forbidden(ConversationRules.NOT_A_PARTICIPANT,
                    "Only the participants of this conversation and HR record notes on it.");
        }
        ConversationNoteRecorded recorded = notes.get(command.noteId());
        if (recorded != null) {
            if (recorded.author().equals(actor) && recorded.text().equals(command.text())
                    && recorded.visibility() == command.visibility()) {
                return;
            }
            throw RuleViolation.conflict(ConversationRules.NOTE_ID_TAKEN,
                    "Note " + command.noteId() + " is already recorded with other content; notes are never overwritten.");
        }
        apply(new ConversationNoteRecorded(conversationId, scheduled.employeeId(), command.noteId(), actor, command.text(),
                command.visibility(), amendmentReason(command.amendmentReason(), "a note")));
    }

    @CommandHandler
    void handle(RecordConversationAgreement command, @MetaDataValue(value = ActorMetadata.ACTOR_ID, required = true) String actor) {
        refuseWhenCancelled();
        if (!isParticipant(actor)) {
            throw RuleViolation.forbidden(ConversationRules.NOT_A_PARTICIPANT,
                    "Only the participants of this conversation record what they agreed.");
        }
        ConversationAgreementRecorded recorded = agreements.get(command.agreementId());
        if (recorded != null) {
            if (recorded.recordedBy().equals(actor) && recorded.description().equals(command.description())
                    && recorded.ownerId().equals(command.ownerId()) && recorded.dueDate().equals(command.dueDate())) {
                return;
            }
            throw RuleViolation.conflict(ConversationRules.AGREEMENT_ID_TAKEN, "Agreement " + command.agreementId()
                    + " is already recorded with other content; agreements are never overwritten.");
        }
        if (!isParticipant(command.ownerId())) {
            throw RuleViolation.refused(ConversationRules.OWNER_NOT_A_PARTICIPANT,
                    "An agreement is owned by one of the participants; " + command.ownerId() + " is not one.");
        }
        if (command.dueDate().isBefore(MessageClock.today())) {
            throw RuleViolation.refused(ConversationRules.DUE_DATE_IN_PAST,
                    "The due date " + command.dueDate() + " has passed; agree on a date still ahead.");
        }
        apply(new ConversationAgreementRecorded(conversationId, scheduled.employeeId(), command.agreementId(), actor,
                command.description(), command.ownerId(), command.dueDate(), amendmentReason(command.amendmentReason(), "an agreement")));
    }

    @CommandHandler
    void handle(ConcludeConversation command,
                @MetaDataValue(value = ActorMetadata.ACTOR_ID, required = true) String actor,
                Actor caller,
                ReportingLines reportingLines) {
        refuseWhenCancelled();
        if (!leads(actor, caller, reportingLines)) {
            throw RuleViolation.forbidden(ConversationRules.NOT_ALLOWED_TO_CONCLUDE,
                    "The employee's line manager, whoever scheduled the conversation, or HR concludes it.");
        }
        if (command.summary() == null || command.summary().isBlank()) {
            throw RuleViolation.refused(ConversationRules.SUMMARY_REQUIRED,
                    "Sum the conversation up: the summary is what the employee acknowledges.");
        }
        if (summary != null) {
            if (summary.equals(command.summary())) {
                return;
            }
            throw RuleViolation.conflict(ConversationRules.ALREADY_CONCLUDED,
                    "This conversation is already concluded with another summary; add a note with a reason instead.");
        }
        apply(new ConversationConcluded(conversationId, scheduled.employeeId(), actor, command.summary()));
    }

    @CommandHandler
    void handle(AcknowledgeConversation command, @MetaDataValue(value = ActorMetadata.ACTOR_ID, required = true) String actor) {
        if (!actor.equals(scheduled.employeeId())) {
            throw RuleViolation.forbidden(ConversationRules.ONLY_THE_EMPLOYEE_ACKNOWLEDGES,
                    "Only the employee the conversation was with acknowledges it.");
        }
        refuseWhenCancelled();
        if (summary == null) {
            throw RuleViolation.refused(ConversationRules.NOT_CONCLUDED,
                    "The conversation is not concluded yet; there is no summary to acknowledge.");
        }
        if (!acknowledged) {
            apply(new ConversationAcknowledged(conversationId, scheduled.employeeId()));
        }
    }

    @CommandHandler
    void handle(CancelConversation command,
                @MetaDataValue(value = ActorMetadata.ACTOR_ID, required = true) String actor,
                Actor caller,
                ReportingLines reportingLines) {
        if (!leads(actor, caller, reportingLines)) {
            throw RuleViolation.forbidden(ConversationRules.NOT_ALLOWED_TO_CANCEL,
                    "The employee's line manager, whoever scheduled the conversation, or HR cancels it.");
        }
        if (cancelled) {
            return;
        }
        if (summary != null) {
            throw RuleViolation.conflict(ConversationRules.ALREADY_CONCLUDED,
                    "This conversation took place and is concluded; it can no longer be cancelled.");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw RuleViolation.refused(ConversationRules.CANCELLATION_REASON_REQUIRED,
                    "Say why the conversation is cancelled: the employee and the others in it will read it.");
        }
        apply(new ConversationCancelled(conversationId, scheduled.employeeId(), actor, command.reason()));
    }

    private boolean isParticipant(String person) {
        return scheduled.participants().contains(person);
    }

    /** Who runs the conversation: the employee's line manager today, its scheduler, or HR. */
    private boolean leads(String actor, Actor caller, ReportingLines reportingLines) {
        return actor.equals(scheduled.scheduledBy()) || caller.isHr()
                || reportingLines.of(scheduled.employeeId()).map(line -> line.isManagedBy(actor)).orElse(false);
    }

    /** After conclusion a reason is required; before it there is nothing to amend, so none is kept. */
    private String amendmentReason(String reason, String what) {
        if (summary == null) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.refused(ConversationRules.AMENDMENT_REASON_REQUIRED,
                    "This conversation is concluded; say why " + what + " is added afterwards.");
        }
        return reason;
    }

    private void refuseWhenCancelled() {
        if (cancelled) {
            throw RuleViolation.conflict(ConversationRules.CANCELLED, "This conversation was cancelled; schedule a new one.");
        }
    }

    private static String describe(ConversationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @EventSourcingHandler
    void on(ConversationScheduled event) {
        conversationId = event.conversationId();
        scheduled = event;
    }

    @EventSourcingHandler
    void on(ConversationNoteRecorded event) {
        notes.put(event.noteId(), event);
    }

    @EventSourcingHandler
    void on(ConversationAgreementRecorded event) {
        agreements.put(event.agreementId(), event);
    }

    @EventSourcingHandler
    void on(ConversationConcluded event) {
        summary = event.summary();
    }

    @EventSourcingHandler
    void on(ConversationAcknowledged event) {
        acknowledged = true;
    }

    @EventSourcingHandler
    void on(ConversationCancelled event) {
        cancelled = true;
    }
}
