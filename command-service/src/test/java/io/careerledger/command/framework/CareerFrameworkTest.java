package io.careerledger.command.framework;

import static io.careerledger.command.support.Refusals.conflict;
import static io.careerledger.command.support.Refusals.forbidden;
import static io.careerledger.command.support.Refusals.notFound;
import static io.careerledger.command.support.Refusals.refused;

import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.careerledger.command.security.ActorMetadata;
import io.careerledger.events.FrameworkAnnualReviewDue;
import io.careerledger.events.FrameworkDefinition;
import io.careerledger.events.FrameworkVersionApproved;
import io.careerledger.events.FrameworkVersionProposed;
import io.careerledger.events.FrameworkVersionPublished;
import io.careerledger.events.FrameworkVersionRejected;
import io.careerledger.events.Track;
import io.careerledger.events.TrackRetirementScheduled;

/** The governance lifecycle of a framework: propose, approve to a quorum, publish, reject, retire, review. */
class CareerFrameworkTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final String HR = "hr-1";
    private static final FrameworkDefinition THREE_TRACK = Samples.load("three-track");
    private static final FrameworkDefinition REVISED = new FrameworkDefinition(THREE_TRACK.frameworkId(),
            THREE_TRACK.name(), "Revised after the annual review", THREE_TRACK.proficiencyScale(),
            THREE_TRACK.competencies(), THREE_TRACK.tracks(), THREE_TRACK.levelPolicies(),
            THREE_TRACK.parityExceptions(), THREE_TRACK.switchRequiresManagerAgreement());
    private static final String ID = THREE_TRACK.frameworkId();

    private static final FrameworkVersionRejected REJECTED = new FrameworkVersionRejected(ID, 1, "council-1", List.of("No"));

    private AggregateTestFixture<CareerFramework> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CareerFramework.class);
    }

    @Test
    void aProposalBecomesVersionOneBeforeTheCouncil() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new ProposeFrameworkVersion(ID, THREE_TRACK, "First framework", 2), by(HR))
                .expectEvents(proposed(1, THREE_TRACK))
                .expectResultMessagePayload(1);
    }

    @Test
    void reSendingTheSameProposalIsAHarmlessRetry() {
        fixture.given(proposed(1, THREE_TRACK))
                .when(new ProposeFrameworkVersion(ID, THREE_TRACK, "First framework", 2), by(HR))
                .expectNoEvents()
                .expectResultMessagePayload(1);
    }

    @Test
    void anotherProposalWhileOneIsBeforeTheCouncilIsRefused() {
        conflict(fixture.given(proposed(1, THREE_TRACK))
                .when(new ProposeFrameworkVersion(ID, REVISED, "Something else", 2), by(HR)), FrameworkRules.PROPOSAL_PENDING)
                .expectExceptionMessage("Version 1 of three-track is still before the council; approve or reject it before proposing another.");
    }

    @Test
    void proposingTheVersionInForceAgainChangesNothing() {
        givenPublished()
                .when(new ProposeFrameworkVersion(ID, THREE_TRACK, "First framework", 2), by(HR))
                .expectNoEvents()
                .expectResultMessagePayload(1);
    }

    @Test
    void afterPublicationTheNextProposalIsTheNextVersion() {
        givenPublished()
                .when(new ProposeFrameworkVersion(ID, REVISED, "Annual review", 2), by(HR))
                .expectEvents(new FrameworkVersionProposed(ID, 2, REVISED, "Annual review", HR, 2));
    }

    @Test
    void anApprovalBelowTheQuorumIsRecorded() {
        fixture.given(proposed(1, THREE_TRACK))
                .when(new ApproveFrameworkVersion(ID, 1, "Looks fair"), by("council-1"))
                .expectEvents(new FrameworkVersionApproved(ID, 1, "council-1", "Looks fair", 1, 2))
                .expectNoScheduledDeadlines();
    }

    @Test
    void theApprovalReachingTheQuorumPublishesAndSchedulesTheAnnualReview() {
        fixture.given(proposed(1, THREE_TRACK), approved(1, "council-1", 1))
                .andGivenCurrentTime(NOW)
                .when(new ApproveFrameworkVersion(ID, 1, "Agreed"), by("council-2"))
                .expectEvents(new FrameworkVersionApproved(ID, 1, "council-2", "Agreed", 2, 2),
                        new FrameworkVersionPublished(ID, 1, THREE_TRACK, List.of("council-1", "council-2"), TODAY.plusMonths(12)))
                .expectScheduledDeadlineWithName(TODAY.plusMonths(12).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        CareerFramework.ANNUAL_REVIEW);
    }

    @Test
    void theProposerCannotApproveTheirOwnProposal() {
        forbidden(fixture.given(proposed(1, THREE_TRACK))
                .when(new ApproveFrameworkVersion(ID, 1, "Mine is great"), by(HR)), FrameworkRules.OWN_PROPOSAL)
                .expectExceptionMessage("You proposed version 1; another council member has to approve it.");
    }

    @Test
    void approvingTwiceCountsOnce() {
        fixture.given(proposed(1, THREE_TRACK), approved(1, "council-1", 1))
                .when(new ApproveFrameworkVersion(ID, 1, "Again"), by("council-1"))
                .expectNoEvents();
    }

    @Test
    void aPublishedVersionIsNotApprovedAgain() {
        conflict(givenPublished().when(new ApproveFrameworkVersion(ID, 1, "Late"), by("council-3")), FrameworkRules.VERSION_NOT_PENDING)
                .expectExceptionMessage("Version 1 of three-track is already published; published versions never change.");
    }

    @Test
    void aPublishedVersionIsNotRejected() {
        conflict(givenPublished().when(new RejectFrameworkVersion(ID, 1, List.of("Too late")), by("council-3")),
                FrameworkRules.VERSION_NOT_PENDING);
    }

    @Test
    void aRetriedApprovalOfThePublishedVersionChangesNothing() {
        givenPublished()
                .when(new ApproveFrameworkVersion(ID, 1, "Agreed"), by("council-2"))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anUnknownVersionIsNotFound() {
        notFound(fixture.given(proposed(1, THREE_TRACK)).when(new ApproveFrameworkVersion(ID, 7, null), by("council-1")),
                FrameworkRules.UNKNOWN_VERSION).expectExceptionMessage("Framework three-track has no version 7.");
    }

    @Test
    void theCouncilRejectsWithReasons() {
        fixture.given(proposed(1, THREE_TRACK))
                .when(new RejectFrameworkVersion(ID, 1, List.of("Level 5 lacks expectations")), by("council-1"))
                .expectEvents(new FrameworkVersionRejected(ID, 1, "council-1", List.of("Level 5 lacks expectations")));
    }

    @Test
    void aRejectionWithoutReasonsIsRefused() {
        refused(fixture.given(proposed(1, THREE_TRACK)).when(new RejectFrameworkVersion(ID, 1, List.of(" ")), by("council-1")),
                FrameworkRules.REASONS_REQUIRED);
    }

    @Test
    void aRejectedVersionIsNotApproved() {
        conflict(fixture.given(proposed(1, THREE_TRACK), REJECTED).when(new ApproveFrameworkVersion(ID, 1, null), by("council-2")),
                FrameworkRules.VERSION_NOT_PENDING)
                .expectExceptionMessage("Version 1 of three-track was rejected; propose a new version instead.");
    }

    @Test
    void afterARejectionANewVersionIsProposed() {
        fixture.given(proposed(1, THREE_TRACK), REJECTED)
                .when(new ProposeFrameworkVersion(ID, REVISED, "Second try", 2), by(HR))
                .expectEvents(new FrameworkVersionProposed(ID, 2, REVISED, "Second try", HR, 2));
    }

    @Test
    void aTrackOfTheVersionInForceIsScheduledForRetirement() {
        givenPublished()
                .andGivenCurrentTime(NOW)
                .when(new ScheduleTrackRetirement(ID, "entrepreneur", TODAY.plusMonths(6), "expert", "Merged into expert"), by(HR))
                .expectEvents(new TrackRetirementScheduled(ID, "entrepreneur", TODAY.plusMonths(6), "expert", "Merged into expert"));
    }

    @Test
    void schedulingTheSameRetirementAgainChangesNothing() {
        TrackRetirementScheduled scheduled = new TrackRetirementScheduled(ID, "entrepreneur", TODAY.plusMonths(6), "expert", "Merged");
        givenPublished().andGiven(scheduled)
                .andGivenCurrentTime(NOW)
                .when(new ScheduleTrackRetirement(ID, "entrepreneur", TODAY.plusMonths(6), "expert", "Merged"), by(HR))
                .expectNoEvents();
    }

    @Test
    void onlyATrackInForceIsRetired() {
        refused(fixture.given(proposed(1, THREE_TRACK))
                .when(new ScheduleTrackRetirement(ID, "expert", TODAY.plusMonths(6), "entrepreneur", null), by(HR)),
                FrameworkRules.NOT_PUBLISHED)
                .expectExceptionMessage("Framework three-track has no published version yet; only tracks in force can be retired.");
    }

    @Test
    void theRetiredTrackIsATrackOfTheVersion() {
        refused(givenPublished().andGivenCurrentTime(NOW)
                .when(new ScheduleTrackRetirement(ID, "astronaut", TODAY.plusMonths(6), "expert", null), by(HR)), FrameworkRules.UNKNOWN_TRACK)
                .expectExceptionMessage("Version 1 of three-track has no track 'astronaut'.");
    }

    @Test
    void theSuccessorIsAnotherTrack() {
        refused(givenPublished().andGivenCurrentTime(NOW)
                .when(new ScheduleTrackRetirement(ID, "expert", TODAY.plusMonths(6), "expert", null), by(HR)), FrameworkRules.UNKNOWN_TRACK);
    }

    @Test
    void theSuccessorStays() {
        refused(givenPublished().andGiven(new TrackRetirementScheduled(ID, "entrepreneur", TODAY.plusMonths(6), "expert", null))
                .andGivenCurrentTime(NOW)
                .when(new ScheduleTrackRetirement(ID, "expert", TODAY.plusMonths(6), "entrepreneur", null), by(HR)),
                FrameworkRules.SUCCESSOR_RETIRING)
                .expectExceptionMessage("'entrepreneur' is itself being retired; choose a track that stays.");
    }

    @Test
    void theSunsetIsInTheFuture() {
        refused(givenPublished().andGivenCurrentTime(NOW)
                .when(new ScheduleTrackRetirement(ID, "entrepreneur", TODAY, "expert", null), by(HR)), FrameworkRules.SUNSET_IN_PAST)
                .expectExceptionMessage("The sunset date has to be in the future, so people on the track can be told and move.");
    }

    @Test
    void twelveMonthsAfterPublicationTheAnnualReviewIsDue() {
        fixture.given(proposed(1, THREE_TRACK), approved(1, "council-1", 1))
                .andGivenCurrentTime(NOW)
                .andGivenCommands(List.of(asCommandMessage(new ApproveFrameworkVersion(ID, 1, "Agreed")).andMetaData(by("council-2"))))
                .whenTimeElapses(Duration.ofDays(366))
                .expectDeadlinesMet(new CareerFramework.AnnualReview(1, TODAY))
                .expectEvents(new FrameworkAnnualReviewDue(ID, 1, TODAY));
    }

    private TestExecutor<CareerFramework> givenPublished() {
        return fixture.given(proposed(1, THREE_TRACK), approved(1, "council-1", 1), approved(1, "council-2", 2),
                new FrameworkVersionPublished(ID, 1, THREE_TRACK, List.of("council-1", "council-2"), TODAY.plusMonths(12)));
    }

    private static FrameworkVersionProposed proposed(int version, FrameworkDefinition definition) {
        return new FrameworkVersionProposed(ID, version, definition, "First framework", HR, 2);
    }

    private static FrameworkVersionApproved approved(int version, String member, int approvals) {
        return new FrameworkVersionApproved(ID, version, member, null, approvals, 2);
    }

    private static MetaData by(String actor) {
        return MetaData.with(ActorMetadata.ACTOR_ID, actor);
    }
}
