package io.careerledger.command.feedback;

import static io.careerledger.command.support.Refusals.conflict;
import static io.careerledger.command.support.Refusals.forbidden;
import static io.careerledger.command.support.Refusals.notFound;
import static io.careerledger.command.support.Refusals.refused;

import java.util.List;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.careerledger.command.career.InMemoryReportingLines;
import io.careerledger.command.security.ActorMetadata;
import io.careerledger.events.FeedbackAuthorRevealed;
import io.careerledger.events.FeedbackGiven;
import io.careerledger.events.FeedbackInvitee;
import io.careerledger.events.FeedbackRating;
import io.careerledger.events.FeedbackRelation;
import io.careerledger.events.FeedbackRoundClosed;
import io.careerledger.events.FeedbackRoundOpened;

/** An anonymous feedback round: opened about a person, answered once by each invited person, closed, an author revealed by HR. */
class FeedbackRoundTest {

    private static final String ID = "round-1";
    private static final String ADA = "ada";
    private static final String MANAGER = "grace";
    private static final String HR = "hr-1";
    private static final String ALAN = "alan";
    private static final String EDSGER = "edsger";
    private static final String REPORT = "barbara";
    private static final String STRANGER = "mallory";
    private static final String LEFT = "bob";
    private static final List<String> COMPETENCIES = List.of("collaboration", "technical-depth");
    private static final List<FeedbackInvitee> INVITEES = List.of(peer(ALAN), peer(EDSGER),
            new FeedbackInvitee(REPORT, FeedbackRelation.DIRECT_REPORT));
    private static final List<FeedbackRating> RATINGS = List.of(new FeedbackRating("collaboration", 4));

    private AggregateTestFixture<FeedbackRound> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FeedbackRound.class);
        fixture.registerInjectableResource(new InMemoryReportingLines()
                .reportsTo(ADA, MANAGER)
                .reportsTo(ALAN, MANAGER)
                .reportsTo(EDSGER, MANAGER)
                .reportsTo(REPORT, ADA)
                .offboarded(LEFT, MANAGER));
        fixture.registerInjectableResource(new FeedbackProperties(3));
    }

    // opening

    @Test
    void theLineManagerOpensARoundWithTheConfiguredMinimumOfAnswers() {
        fixture.givenNoPriorActivity()
                .when(open(ADA, INVITEES), as(MANAGER, "MANAGER"))
                .expectEvents(opened());
    }

    @Test
    void hrOpensARoundAboutAnyone() {
        fixture.givenNoPriorActivity()
                .when(open(ADA, INVITEES), as(HR, "HR"))
                .expectEvents(new FeedbackRoundOpened(ID, ADA, HR, COMPETENCIES, INVITEES, 3));
    }

    @Test
    void openingTheSameRoundAgainChangesNothing() {
        givenOpened()
                .when(open(ADA, INVITEES), as(MANAGER, "MANAGER"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRoundIdAlreadyOpenedWithOtherDetailsIsAConflict() {
        conflict(givenOpened().when(open(ADA, List.of(peer(ALAN), peer(EDSGER), peer(STRANGER))), as(MANAGER, "MANAGER")),
                FeedbackRules.ALREADY_OPENED);
    }

    @Test
    void aManagerWhoIsNotTheLineManagerCannotOpenARound() {
        forbidden(fixture.givenNoPriorActivity().when(open(ADA, INVITEES), as(STRANGER, "MANAGER")), FeedbackRules.NOT_ALLOWED_TO_OPEN);
    }

    @Test
    void theEmployeeCannotOpenARoundAboutThemself() {
        forbidden(fixture.givenNoPriorActivity().when(open(ADA, List.of(peer(ALAN), peer(EDSGER), peer(STRANGER))), as(ADA, "EMPLOYEE")),
                FeedbackRules.NOT_ALLOWED_TO_OPEN);
    }

    @Test
    void noRoundIsOpenedAboutAnUnknownEmployee() {
        refused(fixture.givenNoPriorActivity().when(open("nobody", INVITEES), as(HR, "HR")), FeedbackRules.UNKNOWN_EMPLOYEE);
    }

    @Test
    void noRoundIsOpenedAboutAnOffboardedEmployee() {
        refused(fixture.givenNoPriorActivity().when(open(LEFT, INVITEES), as(HR, "HR")), FeedbackRules.EMPLOYEE_OFFBOARDED);
    }

    @Test
    void theEmployeeIsNotInvitedToGiveFeedbackAboutThemself() {
        refused(fixture.givenNoPriorActivity().when(open(ADA, List.of(peer(ALAN), peer(EDSGER), peer(ADA))), as(MANAGER, "MANAGER")),
                FeedbackRules.SUBJECT_INVITED);
    }

    @Test
    void nobodyIsInvitedTwice() {
        refused(fixture.givenNoPriorActivity().when(open(ADA, List.of(peer(ALAN), peer(EDSGER), peer(ALAN))), as(MANAGER, "MANAGER")),
                FeedbackRules.INVITED_TWICE);
    }

    @Test
    void fewerInviteesThanTheMinimumOfAnswersAreRefusedSoNoOneCanBeSingledOut() {
        refused(fixture.givenNoPriorActivity().when(open(ADA, List.of(peer(ALAN), peer(EDSGER))), as(MANAGER, "MANAGER")),
                FeedbackRules.TOO_FEW_INVITEES)
                .expectExceptionMessage("Invite at least 3 people: results are shown only once 3 answered, so no one can be singled out.");
    }

    @Test
    void upwardFeedbackComesOnlyFromSomeoneWhoReportsToTheEmployee() {
        refused(fixture.givenNoPriorActivity().when(open(ADA, List.of(peer(ALAN), peer(EDSGER),
                        new FeedbackInvitee(STRANGER, FeedbackRelation.DIRECT_REPORT))), as(MANAGER, "MANAGER")),
                FeedbackRules.NOT_A_DIRECT_REPORT);
    }

    // answering

    @Test
    void anInvitedPeerAnswersAndTheirAuthorshipIsKept() {
        givenOpened()
                .when(answer("answer-1"), by(ALAN))
                .expectEvents(given("answer-1", ALAN));
    }

    @Test
    void aDirectReportGivesUpwardFeedback() {
        givenOpened()
                .when(answer("answer-1"), by(REPORT))
                .expectEvents(given("answer-1", REPORT));
    }

    @Test
    void resendingTheSameAnswerChangesNothing() {
        givenOpened().andGiven(given("answer-1", ALAN))
                .when(answer("answer-1"), by(ALAN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void someoneNotInvitedCannotAnswer() {
        forbidden(givenOpened().when(answer("answer-1"), by(STRANGER)), FeedbackRules.NOT_INVITED);
    }

    @Test
    void theEmployeeCannotAnswerARoundAboutThemself() {
        forbidden(givenOpened().when(answer("answer-1"), by(ADA)), FeedbackRules.NOT_INVITED);
    }

    @Test
    void eachInvitedPersonAnswersOnce() {
        conflict(givenOpened().andGiven(given("answer-1", ALAN)).when(answer("answer-2"), by(ALAN)), FeedbackRules.ALREADY_GIVEN)
                .expectExceptionMessage("You already answered this round; each invited person answers once.");
    }

    @Test
    void anAnswerIdTakenByAnotherAnswerIsAConflict() {
        conflict(givenOpened().andGiven(given("answer-1", ALAN)).when(answer("answer-1"), by(EDSGER)), FeedbackRules.ALREADY_GIVEN);
    }

    @Test
    void aClosedRoundTakesNoMoreAnswers() {
        conflict(givenOpened().andGiven(new FeedbackRoundClosed(ID, ADA, MANAGER, 0)).when(answer("answer-1"), by(ALAN)),
                FeedbackRules.ROUND_CLOSED);
    }

    @Test
    void onlyTheRoundsCompetenciesAreRated() {
        refused(givenOpened().when(new GiveFeedback(ID, "answer-1", List.of(new FeedbackRating("cooking", 5)), null), by(ALAN)),
                FeedbackRules.UNKNOWN_COMPETENCY);
    }

    @Test
    void aCompetencyIsRatedOnceInAnAnswer() {
        refused(givenOpened().when(new GiveFeedback(ID, "answer-1", List.of(new FeedbackRating("collaboration", 5),
                        new FeedbackRating("collaboration", 1)), null), by(ALAN)),
                FeedbackRules.COMPETENCY_RATED_TWICE);
    }

    // closing

    @Test
    void theOneWhoOpenedTheRoundClosesItCountingTheAnswers() {
        givenOpened().andGiven(given("answer-1", ALAN))
                .when(new CloseFeedbackRound(ID), as(MANAGER, "MANAGER"))
                .expectEvents(new FeedbackRoundClosed(ID, ADA, MANAGER, 1));
    }

    @Test
    void hrClosesAnyRound() {
        givenOpened()
                .when(new CloseFeedbackRound(ID), as(HR, "HR"))
                .expectEvents(new FeedbackRoundClosed(ID, ADA, HR, 0));
    }

    @Test
    void closingAgainChangesNothing() {
        givenOpened().andGiven(new FeedbackRoundClosed(ID, ADA, MANAGER, 0))
                .when(new CloseFeedbackRound(ID), as(MANAGER, "MANAGER"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anInviteeCannotCloseTheRound() {
        forbidden(givenOpened().when(new CloseFeedbackRound(ID), by(ALAN)), FeedbackRules.NOT_ALLOWED_TO_CLOSE);
    }

    // revealing an author

    @Test
    void hrRevealsTheAuthorOfAnAnswerWithAReason() {
        givenOpened().andGiven(given("answer-1", ALAN))
                .when(new RevealFeedbackAuthor(ID, "answer-1", "Complaint HR-14 names this comment"), as(HR, "HR"))
                .expectEvents(new FeedbackAuthorRevealed(ID, ADA, "answer-1", ALAN, HR, "Complaint HR-14 names this comment"));
    }

    @Test
    void everyRevealIsRecordedEvenOfAnAuthorRevealedBefore() {
        givenOpened().andGiven(given("answer-1", ALAN),
                        new FeedbackAuthorRevealed(ID, ADA, "answer-1", ALAN, HR, "Complaint HR-14"))
                .when(new RevealFeedbackAuthor(ID, "answer-1", "Appeal of HR-14"), as(HR, "HR"))
                .expectEvents(new FeedbackAuthorRevealed(ID, ADA, "answer-1", ALAN, HR, "Appeal of HR-14"));
    }

    @Test
    void theManagerCannotRevealAnAuthor() {
        forbidden(givenOpened().andGiven(given("answer-1", ALAN))
                        .when(new RevealFeedbackAuthor(ID, "answer-1", "Curious"), as(MANAGER, "MANAGER")),
                FeedbackRules.REVEAL_BY_HR_ONLY);
    }

    @Test
    void aRevealNeedsAReason() {
        refused(givenOpened().andGiven(given("answer-1", ALAN))
                        .when(new RevealFeedbackAuthor(ID, "answer-1", " "), as(HR, "HR")),
                FeedbackRules.REVEAL_REASON_REQUIRED);
    }

    @Test
    void anAnswerThatWasNeverGivenHasNoAuthorToReveal() {
        notFound(givenOpened().when(new RevealFeedbackAuthor(ID, "answer-9", "Complaint HR-14"), as(HR, "HR")),
                FeedbackRules.UNKNOWN_ANSWER);
    }

    private TestExecutor<FeedbackRound> givenOpened() {
        return fixture.given(opened());
    }

    private static FeedbackRoundOpened opened() {
        return new FeedbackRoundOpened(ID, ADA, MANAGER, COMPETENCIES, INVITEES, 3);
    }

    private static OpenFeedbackRound open(String employee, List<FeedbackInvitee> invitees) {
        return new OpenFeedbackRound(ID, employee, COMPETENCIES, invitees);
    }

    private static GiveFeedback answer(String answerId) {
        return new GiveFeedback(ID, answerId, RATINGS, "Explains trade-offs well");
    }

    private static FeedbackGiven given(String answerId, String author) {
        return new FeedbackGiven(ID, ADA, answerId, author, RATINGS, "Explains trade-offs well");
    }

    private static FeedbackInvitee peer(String personId) {
        return new FeedbackInvitee(personId, FeedbackRelation.PEER);
    }

    private static MetaData by(String actor) {
        return as(actor, "EMPLOYEE");
    }

    private static MetaData as(String actor, String roles) {
        return MetaData.with(ActorMetadata.ACTOR_ID, actor).and(ActorMetadata.ACTOR_ROLES, roles);
    }
}
