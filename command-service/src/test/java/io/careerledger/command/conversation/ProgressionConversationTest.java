package io.careerledger.command.conversation;

import static io.careerledger.command.support.Refusals.conflict;
import static io.careerledger.command.support.Refusals.forbidden;
import static io.careerledger.command.support.Refusals.refused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.careerledger.command.career.InMemoryReportingLines;
import io.careerledger.command.security.ActorMetadata;
import io.careerledger.events.ConversationAcknowledged;
import io.careerledger.events.ConversationAgreementRecorded;
import io.careerledger.events.ConversationCancelled;
import io.careerledger.events.ConversationConcluded;
import io.careerledger.events.ConversationKind;
import io.careerledger.events.ConversationNoteRecorded;
import io.careerledger.events.ConversationScheduled;
import io.careerledger.events.NoteVisibility;

/** The life of a progression conversation: schedule, notes, agreements, conclusion, acknowledgement, cancellation. */
class ProgressionConversationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Instant NEXT_WEEK = Instant.parse("2026-03-09T09:30:00Z");
    private static final String ID = "conversation-1";
    private static final String ADA = "ada";
    private static final String MANAGER = "grace";
    private static final String MENTOR = "alan";
    private static final String HR = "hr-1";
    private static final String STRANGER = "mallory";
    private static final String LEFT = "bob";
    private static final String SUMMARY = "Ada stays on the expert track and works towards level 5.";

    private AggregateTestFixture<ProgressionConversation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProgressionConversation.class);
        fixture.registerInjectableResource(new InMemoryReportingLines()
                .reportsTo(ADA, MANAGER)
                .reportsTo(MENTOR, MANAGER)
                .offboarded(LEFT, MANAGER));
    }

    // scheduling

    @Test
    void theLineManagerSchedulesAConversationWithTheEmployeeAndTheSchedulerAsParticipants() {
        fixture.givenNoPriorActivity()
                .when(schedule(ConversationKind.CAREER_PLANNING, ADA, MENTOR), by(MANAGER))
                .expectEvents(scheduled(ConversationKind.CAREER_PLANNING, MANAGER, ADA, MANAGER, MENTOR));
    }

    @Test
    void hrSchedulesAConversationWithAnyone() {
        fixture.givenNoPriorActivity()
                .when(schedule(ConversationKind.PERFORMANCE_REVIEW, ADA), as(HR, "HR"))
                .expectEvents(scheduled(ConversationKind.PERFORMANCE_REVIEW, HR, ADA, HR));
    }

    @Test
    void theEmployeeSchedulesTheirOwnOneToOne() {
        fixture.givenNoPriorActivity()
                .when(schedule(ConversationKind.ONE_TO_ONE, ADA, MANAGER), by(ADA))
                .expectEvents(scheduled(ConversationKind.ONE_TO_ONE, ADA, ADA, MANAGER));
    }

    @Test
    void theEmployeeSchedulesTheirOwnCareerPlanning() {
        fixture.givenNoPriorActivity()
                .when(schedule(ConversationKind.CAREER_PLANNING, ADA), by(ADA))
                .expectEvents(scheduled(ConversationKind.CAREER_PLANNING, ADA, ADA));
    }

    @Test
    void theEmployeeCannotScheduleTheirOwnPerformanceReview() {
        forbidden(fixture.givenNoPriorActivity()
                .when(schedule(ConversationKind.PERFORMANCE_REVIEW, ADA), as(ADA, "EMPLOYEE")), ConversationRules.NOT_ALLOWED_TO_SCHEDULE)
                .expectExceptionMessage("A performance review is scheduled by your line manager or HR;"
                        + " you may schedule a one-to-one or career planning yourself.");
    }

    @Test
    void aManagerWhoIsNotTheLineManagerCannotSchedule() {
        forbidden(fixture.givenNoPriorActivity()
                .when(schedule(ConversationKind.ONE_TO_ONE, ADA), as(STRANGER, "MANAGER")), ConversationRules.NOT_ALLOWED_TO_SCHEDULE)
                .expectExceptionMessage("Only the employee's line manager or HR schedule a conversation with them.");
    }

    @Test
    void nobodyTalksWithAnUnknownEmployee() {
        refused(fixture.givenNoPriorActivity()
                .when(schedule(ConversationKind.ONE_TO_ONE, "nobody"), as(HR, "HR")), ConversationRules.UNKNOWN_EMPLOYEE);
    }

    @Test
    void nobodyTalksWithAnOffboardedEmployee() {
        refused(fixture.givenNoPriorActivity()
                .when(new ScheduleConversation(ID, LEFT, ConversationKind.ONE_TO_ONE, List.of(), NEXT_WEEK, null, null), by(MANAGER)),
                ConversationRules.EMPLOYEE_OFFBOARDED);
    }

    @Test
    void schedulingTheSameConversationAgainChangesNothing() {
        givenScheduled()
                .when(schedule(ConversationKind.CAREER_PLANNING, ADA, MENTOR), by(MANAGER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherConversationUnderATakenIdIsAConflict() {
        conflict(givenScheduled().when(schedule(ConversationKind.RETROSPECTIVE, ADA), by(MANAGER)),
                ConversationRules.ALREADY_SCHEDULED);
    }

    // notes

    @Test
    void aParticipantRecordsANote() {
        givenScheduled()
                .when(note("n1", "Wants to stay hands-on", NoteVisibility.SHARED, null), by(MENTOR))
                .expectEvents(noted("n1", MENTOR, "Wants to stay hands-on", NoteVisibility.SHARED, null));
    }

    @Test
    void hrRecordsANoteWithoutTakingPart() {
        givenScheduled()
                .when(note("n1", "Salary band under review", NoteVisibility.HR_ONLY, null), as(HR, "HR"))
                .expectEvents(noted("n1", HR, "Salary band under review", NoteVisibility.HR_ONLY, null));
    }

    @Test
    void someoneWhoIsNotAParticipantCannotRecordANote() {
        forbidden(givenScheduled().when(note("n1", "Gossip", NoteVisibility.SHARED, null), as(STRANGER, "MANAGER")),
                ConversationRules.NOT_A_PARTICIPANT);
    }

    @Test
    void theSameNoteAgainIsAHarmlessRetry() {
        givenScheduled().andGiven(noted("n1", MANAGER, "Mentoring juniors", NoteVisibility.PRIVATE, null))
                .when(note("n1", "Mentoring juniors", NoteVisibility.PRIVATE, null), by(MANAGER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherNoteUnderATakenIdIsAConflict() {
        conflict(givenScheduled().andGiven(noted("n1", MANAGER, "Mentoring juniors", NoteVisibility.PRIVATE, null))
                .when(note("n1", "Something else", NoteVisibility.PRIVATE, null), by(MANAGER)), ConversationRules.NOTE_ID_TAKEN);
    }

    @Test
    void beforeConclusionThereIsNothingToAmendSoNoReasonIsKept() {
        givenScheduled()
                .when(note("n1", "Agenda point", NoteVisibility.SHARED, "Forgot it"), by(ADA))
                .expectEvents(noted("n1", ADA, "Agenda point", NoteVisibility.SHARED, null));
    }

    @Test
    void afterConclusionANoteNeedsAReason() {
        refused(givenConcluded().when(note("n2", "Late thought", NoteVisibility.SHARED, " "), by(MANAGER)),
                ConversationRules.AMENDMENT_REASON_REQUIRED)
                .expectExceptionMessage("This conversation is concluded; say why a note is added afterwards.");
    }

    @Test
    void aNoteAfterConclusionKeepsItsReason() {
        givenConcluded()
                .when(note("n2", "Late thought", NoteVisibility.SHARED, "Ada asked for it in writing"), by(MANAGER))
                .expectEvents(noted("n2", MANAGER, "Late thought", NoteVisibility.SHARED, "Ada asked for it in writing"));
    }

    // agreements

    @Test
    void aParticipantRecordsAnAgreementOwnedByAParticipant() {
        givenScheduled().andGivenCurrentTime(NOW)
                .when(agreement("a1", ADA, TODAY.plusMonths(3), null), by(MANAGER))
                .expectEvents(agreed("a1", MANAGER, ADA, TODAY.plusMonths(3), null));
    }

    @Test
    void anAgreementMayBeDueToday() {
        givenScheduled().andGivenCurrentTime(NOW)
                .when(agreement("a1", MENTOR, TODAY, null), by(ADA))
                .expectEvents(agreed("a1", ADA, MENTOR, TODAY, null));
    }

    @Test
    void anAgreementIsOwnedByAParticipant() {
        refused(givenScheduled().andGivenCurrentTime(NOW).when(agreement("a1", STRANGER, TODAY.plusMonths(3), null), by(MANAGER)),
                ConversationRules.OWNER_NOT_A_PARTICIPANT);
    }

    @Test
    void anAgreementIsNotDueInThePast() {
        refused(givenScheduled().andGivenCurrentTime(NOW).when(agreement("a1", ADA, TODAY.minusDays(1), null), by(MANAGER)),
                ConversationRules.DUE_DATE_IN_PAST);
    }

    @Test
    void onlyParticipantsRecordAgreementsNotEvenHr() {
        forbidden(givenScheduled().andGivenCurrentTime(NOW).when(agreement("a1", ADA, TODAY.plusMonths(3), null), as(HR, "HR")),
                ConversationRules.NOT_A_PARTICIPANT);
    }

    @Test
    void theSameAgreementAgainIsAHarmlessRetry() {
        givenScheduled().andGiven(agreed("a1", MANAGER, ADA, TODAY.plusMonths(3), null)).andGivenCurrentTime(NOW)
                .when(agreement("a1", ADA, TODAY.plusMonths(3), null), by(MANAGER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherAgreementUnderATakenIdIsAConflict() {
        conflict(givenScheduled().andGiven(agreed("a1", MANAGER, ADA, TODAY.plusMonths(3), null)).andGivenCurrentTime(NOW)
                .when(agreement("a1", MENTOR, TODAY.plusMonths(3), null), by(MANAGER)), ConversationRules.AGREEMENT_ID_TAKEN);
    }

    @Test
    void afterConclusionAnAgreementNeedsAReason() {
        refused(givenConcluded().andGivenCurrentTime(NOW).when(agreement("a2", ADA, TODAY.plusMonths(1), null), by(MANAGER)),
                ConversationRules.AMENDMENT_REASON_REQUIRED);
    }

    @Test
    void anAgreementAfterConclusionKeepsItsReason() {
        givenConcluded().andGivenCurrentTime(NOW)
                .when(agreement("a2", ADA, TODAY.plusMonths(1), "Agreed by mail the day after"), by(MANAGER))
                .expectEvents(agreed("a2", MANAGER, ADA, TODAY.plusMonths(1), "Agreed by mail the day after"));
    }

    // conclusion

    @Test
    void theLineManagerConcludesWithASummary() {
        givenScheduled()
                .when(new ConcludeConversation(ID, SUMMARY), by(MANAGER))
                .expectEvents(new ConversationConcluded(ID, ADA, MANAGER, SUMMARY));
    }

    @Test
    void theSchedulerConcludesToo() {
        fixture.given(scheduled(ConversationKind.ONE_TO_ONE, ADA, ADA, MENTOR))
                .when(new ConcludeConversation(ID, SUMMARY), by(ADA))
                .expectEvents(new ConversationConcluded(ID, ADA, ADA, SUMMARY));
    }

    @Test
    void hrConcludesToo() {
        givenScheduled()
                .when(new ConcludeConversation(ID, SUMMARY), as(HR, "HR"))
                .expectEvents(new ConversationConcluded(ID, ADA, HR, SUMMARY));
    }

    @Test
    void anotherParticipantCannotConclude() {
        forbidden(givenScheduled().when(new ConcludeConversation(ID, SUMMARY), by(MENTOR)), ConversationRules.NOT_ALLOWED_TO_CONCLUDE);
    }

    @Test
    void aConclusionNeedsASummary() {
        refused(givenScheduled().when(new ConcludeConversation(ID, "  "), by(MANAGER)), ConversationRules.SUMMARY_REQUIRED);
    }

    @Test
    void concludingAgainWithTheSameSummaryChangesNothing() {
        givenConcluded()
                .when(new ConcludeConversation(ID, SUMMARY), by(MANAGER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void concludingAgainWithAnotherSummaryIsAConflict() {
        conflict(givenConcluded().when(new ConcludeConversation(ID, "Something else"), by(MANAGER)), ConversationRules.ALREADY_CONCLUDED);
    }

    // acknowledgement

    @Test
    void theEmployeeAcknowledgesTheConcludedConversation() {
        givenConcluded()
                .when(new AcknowledgeConversation(ID), by(ADA))
                .expectEvents(new ConversationAcknowledged(ID, ADA));
    }

    @Test
    void acknowledgingAgainChangesNothing() {
        givenConcluded().andGiven(new ConversationAcknowledged(ID, ADA))
                .when(new AcknowledgeConversation(ID), by(ADA))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void thereIsNothingToAcknowledgeBeforeConclusion() {
        refused(givenScheduled().when(new AcknowledgeConversation(ID), by(ADA)), ConversationRules.NOT_CONCLUDED);
    }

    @Test
    void onlyTheEmployeeAcknowledges() {
        forbidden(givenConcluded().when(new AcknowledgeConversation(ID), by(MANAGER)), ConversationRules.ONLY_THE_EMPLOYEE_ACKNOWLEDGES);
    }

    // cancellation

    @Test
    void theLineManagerCancelsWithAReason() {
        givenScheduled()
                .when(new CancelConversation(ID, "Ada is on leave"), by(MANAGER))
                .expectEvents(new ConversationCancelled(ID, ADA, MANAGER, "Ada is on leave"));
    }

    @Test
    void cancellingAgainChangesNothing() {
        givenCancelled()
                .when(new CancelConversation(ID, "Ada is on leave"), by(MANAGER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void noNoteIsRecordedOnACancelledConversation() {
        conflict(givenCancelled().when(note("n1", "Too late", NoteVisibility.SHARED, null), by(MANAGER)), ConversationRules.CANCELLED);
    }

    @Test
    void aCancelledConversationIsNotConcluded() {
        conflict(givenCancelled().when(new ConcludeConversation(ID, SUMMARY), by(MANAGER)), ConversationRules.CANCELLED);
    }

    @Test
    void aCancellationNeedsAReason() {
        refused(givenScheduled().when(new CancelConversation(ID, ""), by(MANAGER)), ConversationRules.CANCELLATION_REASON_REQUIRED);
    }

    @Test
    void aParticipantWhoDoesNotRunTheConversationCannotCancelIt() {
        forbidden(givenScheduled().when(new CancelConversation(ID, "Not in the mood"), by(MENTOR)), ConversationRules.NOT_ALLOWED_TO_CANCEL);
    }

    @Test
    void aConcludedConversationCannotBeCancelled() {
        conflict(givenConcluded().when(new CancelConversation(ID, "Oops"), by(MANAGER)), ConversationRules.ALREADY_CONCLUDED);
    }

    // givens, commands and events in the domain's words

    private TestExecutor<ProgressionConversation> givenScheduled() {
        return fixture.given(scheduled(ConversationKind.CAREER_PLANNING, MANAGER, ADA, MANAGER, MENTOR));
    }

    private TestExecutor<ProgressionConversation> givenConcluded() {
        return givenScheduled().andGiven(new ConversationConcluded(ID, ADA, MANAGER, SUMMARY));
    }

    private TestExecutor<ProgressionConversation> givenCancelled() {
        return givenScheduled().andGiven(new ConversationCancelled(ID, ADA, MANAGER, "Ada is on leave"));
    }

    private static ScheduleConversation schedule(ConversationKind kind, String employee, String... others) {
        return new ScheduleConversation(ID, employee, kind, List.of(others), NEXT_WEEK, "2026-h1", "Which track from level 5?");
    }

    private static ConversationScheduled scheduled(ConversationKind kind, String scheduler, String... participants) {
        return new ConversationScheduled(ID, ADA, kind, scheduler, List.of(participants), NEXT_WEEK, "2026-h1", "Which track from level 5?");
    }

    private static RecordConversationNote note(String noteId, String text, NoteVisibility visibility, String amendmentReason) {
        return new RecordConversationNote(ID, noteId, text, visibility, amendmentReason);
    }

    private static ConversationNoteRecorded noted(String noteId, String author, String text, NoteVisibility visibility, String reason) {
        return new ConversationNoteRecorded(ID, ADA, noteId, author, text, visibility, reason);
    }

    private static RecordConversationAgreement agreement(String agreementId, String owner, LocalDate due, String amendmentReason) {
        return new RecordConversationAgreement(ID, agreementId, "Lead the architecture review", owner, due, amendmentReason);
    }

    private static ConversationAgreementRecorded agreed(String agreementId, String recordedBy, String owner, LocalDate due, String reason) {
        return new ConversationAgreementRecorded(ID, ADA, agreementId, recordedBy, "Lead the architecture review", owner, due, reason);
    }

    private static MetaData by(String actor) {
        return as(actor, "EMPLOYEE");
    }

    private static MetaData as(String actor, String roles) {
        return MetaData.with(ActorMetadata.ACTOR_ID, actor).and(ActorMetadata.ACTOR_ROLES, roles);
    }
}
