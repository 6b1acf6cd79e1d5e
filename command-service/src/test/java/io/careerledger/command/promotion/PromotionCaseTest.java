package io.careerledger.command.promotion;

import static io.careerledger.command.support.Refusals.conflict;
import static io.careerledger.command.support.Refusals.forbidden;
import static io.careerledger.command.support.Refusals.notFound;
import static io.careerledger.command.support.Refusals.refused;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.careerledger.command.framework.FrameworkDocuments;
import io.careerledger.command.framework.FrameworksInForce;
import io.careerledger.command.framework.PublishedFramework;
import io.careerledger.command.security.ActorMetadata;
import io.careerledger.events.AssessmentCalibrated;
import io.careerledger.events.AssessorRole;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.events.EmployeeOffboarded;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.FeedbackStance;
import io.careerledger.events.FrameworkDefinition;
import io.careerledger.events.GoalCompleted;
import io.careerledger.events.GoalSet;
import io.careerledger.events.MilestoneVerified;
import io.careerledger.events.PromotionApplicationFailed;
import io.careerledger.events.PromotionCompleted;
import io.careerledger.events.PromotionDecided;
import io.careerledger.events.PromotionDecision;
import io.careerledger.events.PromotionEvidenceAttached;
import io.careerledger.events.PromotionFeedbackGiven;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.PromotionWithdrawn;
import io.careerledger.events.ReadinessSnapshot;
import io.careerledger.events.ReadinessSnapshot.ExpectationReadiness;
import io.careerledger.events.ReadinessSnapshot.MilestoneReadiness;
import io.careerledger.events.TrackChosen;

/** Every rule and refusal on a promotion case, for a level 2 expert on the three-track sample framework. */
class PromotionCaseTest {

    private static final String CASE = "case-1";
    private static final String ADA = "emp-1";
    private static final String MANAGER = "mgr-1";
    private static final String HR = "hr-1";
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final FrameworkDefinition THREE_TRACK = load("three-track");

    /** Level 3 expects craft 4, knowledge-sharing 3, initiative 2 and the verified milestone expert-reference. */
    private static final ReadinessSnapshot READINESS = new ReadinessSnapshot(
            List.of(new ExpectationReadiness("craft", 4, 3, "a-2", false),
                    new ExpectationReadiness("knowledge-sharing", 3, 3, "a-3", true),
                    new ExpectationReadiness("initiative", 2, null, null, false)),
            List.of(new MilestoneReadiness("expert-reference", true)),
            List.of("g-1"), List.of("g-2"));
    private static final PromotionNominated NOMINATED = new PromotionNominated(ADA, CASE, "three-track", 1, "expert", 2, 3,
            "Reference for the payments domain", null, MANAGER, READINESS);

    private AggregateTestFixture<PromotionCase> fixture;
    private final Map<String, List<Object>> histories = new HashMap<>();
    private String openCase;
    private boolean published = true;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PromotionCase.class);
        histories.put(ADA, new ArrayList<>(List.of(
                new EmployeeRegistered(ADA, "Ada Lovelace", "ada@example.org", MANAGER, "three-track", 2, LocalDate.of(2024, 2, 1)),
                new TrackChosen(ADA, "three-track", 1, null, "expert", 2, "Strengths", MANAGER, null),
                assessed("a-1", "craft", 3),
                assessed("a-2", "craft", 5),
                new AssessmentCalibrated(ADA, "a-2", "craft", 5, 3, "Aligned with peers", "c-1"),
                assessed("a-3", "knowledge-sharing", 3),
                new GoalSet(ADA, "g-1", "Guild", "Six sessions", TODAY.plusMonths(3), null, null, null),
                new GoalSet(ADA, "g-2", "ADRs", "Three ADRs", TODAY.plusMonths(3), null, "expert-reference", null),
                new GoalCompleted(ADA, "g-2", List.of("ADR 1-3")),
                new MilestoneVerified(ADA, "expert-reference", MANAGER))));
        FrameworksInForce frameworks = id -> published && id.equals("three-track")
                ? Optional.of(new PublishedFramework(1, THREE_TRACK, Map.of())) : Optional.empty();
        OpenPromotionCases openCases = employeeId -> Optional.ofNullable(openCase);
        fixture.registerInjectableResource(frameworks);
        fixture.registerInjectableResource(new ReadinessCalculator(id -> histories.getOrDefault(id, List.of())));
        fixture.registerInjectableResource(openCases);
    }

    @Nested
    class Nominating {

        @Test
        void theLineManagerNominatesAndTheCaseKeepsWhatTheDecisionMakersWillSee() {
            fixture.givenNoPriorActivity().when(nominate(3, null), by(MANAGER, "MANAGER")).expectEvents(NOMINATED);
        }

        @Test
        void hrNominatesToo() {
            fixture.givenNoPriorActivity().when(nominate(3, null), by(HR, "HR"))
                    .expectEvents(new PromotionNominated(ADA, CASE, "three-track", 1, "expert", 2, 3,
                            "Reference for the payments domain", null, HR, READINESS));
        }

        @Test
        void anotherManagerDoesNotNominate() {
            forbidden(fixture.givenNoPriorActivity().when(nominate(3, null), by("mgr-2", "MANAGER")), PromotionRules.NOT_ALLOWED);
        }

        @Test
        void nobodyNominatesThemself() {
            forbidden(fixture.givenNoPriorActivity().when(nominate(3, null), by(ADA, "EMPLOYEE")), PromotionRules.NOT_ALLOWED);
        }

        @Test
        void theCouncilDoesNotNominate() {
            forbidden(fixture.givenNoPriorActivity().when(nominate(3, null), by("c-1", "COUNCIL")), PromotionRules.NOT_ALLOWED);
        }

        @Test
        void skippingALevelNeedsAnExplicitReason() {
            refused(fixture.givenNoPriorActivity().when(nominate(4, " "), by(MANAGER, "MANAGER")), PromotionRules.SKIP_REASON_REQUIRED)
                    .expectExceptionMessage("Level 4 skips 1 level(s) above level 2; say why the skip is warranted.");
        }

        @Test
        void aSkipKeepsItsReason() {
            fixture.givenNoPriorActivity().when(nominate(4, "Has led the platform for a year"), by(MANAGER, "MANAGER"))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(new CustomTypeSafeMatcher<Object>("a skip with its reason") {
                        @Override
                        protected boolean matchesSafely(Object event) {
                            return event instanceof PromotionNominated nominated && nominated.toLevel() == 4
                                    && "Has led the platform for a year".equals(nominated.skipReason());
                        }
                    }, andNoMore())));
        }

        @Test
        void theTargetIsAboveTheCurrentLevel() {
            refused(fixture.givenNoPriorActivity().when(nominate(2, null), by(MANAGER, "MANAGER")), PromotionRules.NOT_A_PROMOTION)
                    .expectExceptionMessage("Employee emp-1 is at level 2; a promotion is to a higher level.");
        }

        @Test
        void theTargetIsALevelOfTheirTrack() {
            refused(fixture.givenNoPriorActivity().when(nominate(5, "Exceptional"), by(MANAGER, "MANAGER")), PromotionRules.UNKNOWN_LEVEL)
                    .expectExceptionMessage("Track 'expert' has no level 5.");
        }

        @Test
        void aNominationSaysWhyThePersonIsReady() {
            refused(fixture.givenNoPriorActivity().when(new NominateForPromotion(CASE, ADA, 3, " ", null), by(MANAGER, "MANAGER")),
                    PromotionRules.JUSTIFICATION_REQUIRED);
        }

        @Test
        void nobodyUnregisteredIsNominated() {
            notFound(fixture.givenNoPriorActivity().when(new NominateForPromotion(CASE, "emp-9", 3, "Ready", null), by(HR, "HR")),
                    PromotionRules.UNKNOWN_EMPLOYEE).expectExceptionMessage("Nobody is registered as emp-9.");
        }

        @Test
        void theFrameworkIsPublished() {
            published = false;
            refused(fixture.givenNoPriorActivity().when(nominate(3, null), by(MANAGER, "MANAGER")), PromotionRules.FRAMEWORK_NOT_PUBLISHED);
        }

        @Test
        void nobodyWhoLeftIsNominated() {
            histories.get(ADA).add(new EmployeeOffboarded(ADA, TODAY, "Moved abroad"));
            refused(fixture.givenNoPriorActivity().when(nominate(3, null), by(MANAGER, "MANAGER")), PromotionRules.OFFBOARDED);
        }

        @Test
        void thePersonHasChosenATrack() {
            histories.get(ADA).removeIf(TrackChosen.class::isInstance);
            refused(fixture.givenNoPriorActivity().when(nominate(3, null), by(MANAGER, "MANAGER")), PromotionRules.NO_TRACK)
                    .expectExceptionMessage("Employee emp-1 has not chosen a track yet; a promotion is to a level of their track.");
        }

        @Test
        void oneOpenCasePerPerson() {
            openCase = "case-0";
            conflict(fixture.givenNoPriorActivity().when(nominate(3, null), by(MANAGER, "MANAGER")), PromotionRules.CASE_OPEN)
                    .expectExceptionMessage("Case case-0 for employee emp-1 is still open; decide or withdraw it first.");
        }

        @Test
        void theSameNominationAgainChangesNothing() {
            openCase = CASE;
            fixture.given(NOMINATED).when(nominate(3, null), by(MANAGER, "MANAGER")).expectNoEvents();
        }

        @Test
        void anotherNominationUnderATakenCaseIdIsAConflict() {
            openCase = CASE;
            conflict(fixture.given(NOMINATED).when(nominate(3, null), by(HR, "HR")), PromotionRules.CASE_ID_TAKEN);
        }
    }

    @Nested
    class Evidence {

        private final PromotionEvidenceAttached adr = new PromotionEvidenceAttached(ADA, CASE, "e-1", "ADR 42", null, ADA);

        @Test
        void thePersonAttachesEvidence() {
            fixture.given(NOMINATED).when(new AttachPromotionEvidence(CASE, "e-1", "ADR 42", null), by(ADA, "EMPLOYEE")).expectEvents(adr);
        }

        @Test
        void theSameEvidenceAgainChangesNothing() {
            fixture.given(NOMINATED, adr).when(new AttachPromotionEvidence(CASE, "e-1", "ADR 42", null), by(ADA, "EMPLOYEE")).expectNoEvents();
        }

        @Test
        void theNominatorAttachesEvidence() {
            fixture.given(NOMINATED).when(new AttachPromotionEvidence(CASE, "e-2", "Talk", "https://t"), by(MANAGER, "MANAGER"))
                    .expectEvents(new PromotionEvidenceAttached(ADA, CASE, "e-2", "Talk", "https://t", MANAGER));
        }

        @Test
        void hrAttachesEvidence() {
            fixture.given(NOMINATED).when(new AttachPromotionEvidence(CASE, "e-2", "Talk", null), by(HR, "HR"))
                    .expectEvents(new PromotionEvidenceAttached(ADA, CASE, "e-2", "Talk", null, HR));
        }

        @Test
        void theCouncilDoesNotAttachEvidence() {
            forbidden(fixture.given(NOMINATED).when(new AttachPromotionEvidence(CASE, "e-2", "Talk", null), by("c-1", "COUNCIL")),
                    PromotionRules.NOT_ALLOWED);
        }

        @Test
        void evidenceDescribesWhatItShows() {
            refused(fixture.given(NOMINATED).when(new AttachPromotionEvidence(CASE, "e-2", " ", null), by(ADA)), PromotionRules.EVIDENCE_REQUIRED);
        }

        @Test
        void otherEvidenceUnderATakenIdIsAConflict() {
            conflict(fixture.given(NOMINATED, adr).when(new AttachPromotionEvidence(CASE, "e-1", "Other", null), by(ADA)),
                    PromotionRules.EVIDENCE_ID_TAKEN);
        }

        @Test
        void noEvidenceOnAWithdrawnCase() {
            conflict(fixture.given(NOMINATED, withdrawn()).when(new AttachPromotionEvidence(CASE, "e-2", "Late", null), by(ADA)),
                    PromotionRules.CASE_CLOSED).expectExceptionMessage("Case case-1 is withdrawn.");
        }
    }

    @Nested
    class Feedback {

        private final PromotionFeedbackGiven support = feedback("c-1", FeedbackStance.SUPPORT);

        @Test
        void aCouncilMemberGivesFeedback() {
            fixture.given(NOMINATED).when(new GivePromotionFeedback(CASE, FeedbackStance.SUPPORT, "Ready"), by("c-1", "COUNCIL"))
                    .expectEvents(support);
        }

        @Test
        void theSameStanceAgainChangesNothing() {
            fixture.given(NOMINATED, support).when(new GivePromotionFeedback(CASE, FeedbackStance.SUPPORT, "Ready"), by("c-1", "COUNCIL"))
                    .expectNoEvents();
        }

        @Test
        void aChangedStanceIsANewEvent() {
            fixture.given(NOMINATED, support).when(new GivePromotionFeedback(CASE, FeedbackStance.CONCERN, "Ready"), by("c-1", "COUNCIL"))
                    .expectEvents(feedback("c-1", FeedbackStance.CONCERN));
        }

        @Test
        void feedbackComesFromTheCouncilNotHr() {
            forbidden(fixture.given(NOMINATED).when(new GivePromotionFeedback(CASE, FeedbackStance.OBJECT, "No"), by(HR, "HR")),
                    PromotionRules.NOT_ALLOWED);
        }

        @Test
        void thePersonNominatedGivesNoFeedbackEvenOnTheCouncil() {
            forbidden(fixture.given(NOMINATED).when(new GivePromotionFeedback(CASE, FeedbackStance.SUPPORT, "Me"), by(ADA, "COUNCIL")),
                    PromotionRules.NOT_ALLOWED);
        }

        @Test
        void noFeedbackOnAWithdrawnCase() {
            conflict(fixture.given(NOMINATED, withdrawn()).when(new GivePromotionFeedback(CASE, FeedbackStance.SUPPORT, "Late"),
                    by("c-1", "COUNCIL")), PromotionRules.CASE_CLOSED);
        }
    }

    @Nested
    class Deciding {

        @Test
        void theCouncilApprovesOnceTheQuorumOfFeedbackIsIn() {
            fixture.given(NOMINATED, feedback("c-1", FeedbackStance.SUPPORT), feedback("c-2", FeedbackStance.CONCERN))
                    .andGivenCurrentTime(NOW)
                    .when(decide(PromotionDecision.APPROVE, null), by("c-3", "COUNCIL"))
                    .expectEvents(approved("c-3"));
        }

        @Test
        void hrRejects() {
            fixture.given(NOMINATED, feedback("c-1", FeedbackStance.SUPPORT), feedback("c-2", FeedbackStance.OBJECT))
                    .when(decide(PromotionDecision.REJECT, null), by(HR, "HR"))
                    .expectEvents(new PromotionDecided(ADA, CASE, PromotionDecision.REJECT, "Evidence is convincing", HR, null, 2));
        }

        @Test
        void anApprovalTakesEffectOnTheDateGiven() {
            fixture.given(NOMINATED, feedback("c-1", FeedbackStance.SUPPORT), feedback("c-2", FeedbackStance.SUPPORT))
                    .when(decide(PromotionDecision.APPROVE, TODAY.plusMonths(1)), by("c-3", "COUNCIL"))
                    .expectEvents(new PromotionDecided(ADA, CASE, PromotionDecision.APPROVE, "Evidence is convincing", "c-3",
                            TODAY.plusMonths(1), 2));
        }

        @Test
        void theNominatorDoesNotDecideTheirOwnNomination() {
            forbidden(fixture.given(NOMINATED, feedback("c-1", FeedbackStance.SUPPORT), feedback("c-2", FeedbackStance.SUPPORT))
                    .when(decide(PromotionDecision.APPROVE, null), by(MANAGER, "COUNCIL")), PromotionRules.OWN_NOMINATION)
                    .expectExceptionMessage("You nominated emp-1; someone else decides the case.");
        }

        @Test
        void nobodyDecidesTheirOwnPromotion() {
            forbidden(fixture.given(NOMINATED, feedback("c-1", FeedbackStance.SUPPORT), feedback("c-2", FeedbackStance.SUPPORT))
                    .when(decide(PromotionDecision.APPROVE, null), by(ADA, "COUNCIL")), PromotionRules.NOT_ALLOWED)
                    .expectExceptionMessage("Nobody decides their own promotion.");
        }

        @Test
        void aManagerDoesNotDecide() {
            forbidden(fixture.given(NOMINATED, feedback("c-1", FeedbackStance.SUPPORT), feedback("c-2", FeedbackStance.SUPPORT))
                    .when(decide(PromotionDecision.APPROVE, null), by("mgr-2", "MANAGER")), PromotionRules.NOT_ALLOWED);
        }

        @Test
        void notBeforeTheQuorum() {
            refused(fixture.given(NOMINATED, feedback("c-1", FeedbackStance.SUPPORT)).when(decide(PromotionDecision.APPROVE, null),
                    by("c-3", "COUNCIL")), PromotionRules.QUORUM_NOT_REACHED)
                    .expectExceptionMessage("Case case-1 has feedback from 1 council member(s); 2 are needed before deciding.");
        }

        @Test
        void aDecisionGivesItsRationale() {
            refused(fixture.given(NOMINATED, feedback("c-1", FeedbackStance.SUPPORT), feedback("c-2", FeedbackStance.SUPPORT))
                    .when(new DecidePromotion(CASE, PromotionDecision.DEFER, " ", null, 2), by("c-3", "COUNCIL")),
                    PromotionRules.RATIONALE_REQUIRED);
        }

        @Test
        void theSameDecisionAgainChangesNothing() {
            fixture.given(NOMINATED, feedback("c-1", FeedbackStance.SUPPORT), feedback("c-2", FeedbackStance.SUPPORT), approved("c-3"))
                    .when(decide(PromotionDecision.APPROVE, null), by("c-3", "COUNCIL")).expectNoEvents();
        }

        @Test
        void aDecisionIsFinal() {
            conflict(fixture.given(NOMINATED, feedback("c-1", FeedbackStance.SUPPORT), feedback("c-2", FeedbackStance.SUPPORT), approved("c-3"))
                    .when(decide(PromotionDecision.REJECT, null), by("c-4", "COUNCIL")), PromotionRules.CASE_CLOSED)
                    .expectExceptionMessage("Case case-1 is decided (approve).");
        }

        @Test
        void aWithdrawnCaseIsNotDecided() {
            conflict(fixture.given(NOMINATED, withdrawn()).when(decide(PromotionDecision.APPROVE, null), by("c-3", "COUNCIL")),
                    PromotionRules.CASE_CLOSED);
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void theNominatorWithdrawsBeforeTheDecision() {
            fixture.given(NOMINATED).when(new WithdrawPromotion(CASE, "Next cycle"), by(MANAGER, "MANAGER")).expectEvents(withdrawn());
        }

        @Test
        void withdrawingAgainChangesNothing() {
            fixture.given(NOMINATED, withdrawn()).when(new WithdrawPromotion(CASE, "Next cycle"), by(MANAGER, "MANAGER")).expectNoEvents();
        }

        @Test
        void hrWithdraws() {
            fixture.given(NOMINATED).when(new WithdrawPromotion(CASE, "Left the team"), by(HR, "HR"))
                    .expectEvents(new PromotionWithdrawn(ADA, CASE, "Left the team", HR));
        }

        @Test
        void thePersonNominatedDoesNotWithdraw() {
            forbidden(fixture.given(NOMINATED).when(new WithdrawPromotion(CASE, "Mine"), by(ADA, "EMPLOYEE")), PromotionRules.NOT_ALLOWED);
        }

        @Test
        void aWithdrawalSaysWhy() {
            refused(fixture.given(NOMINATED).when(new WithdrawPromotion(CASE, ""), by(MANAGER, "MANAGER")), PromotionRules.REASON_REQUIRED);
        }

        @Test
        void aDecidedCaseIsNotWithdrawn() {
            conflict(fixture.given(NOMINATED, feedback("c-1", FeedbackStance.SUPPORT), feedback("c-2", FeedbackStance.SUPPORT), approved("c-3"))
                    .when(new WithdrawPromotion(CASE, "Too late"), by(MANAGER, "MANAGER")), PromotionRules.CASE_CLOSED);
        }
    }

    @Nested
    class Outcome {

        private final Object[] approvedCase = {NOMINATED, feedback("c-1", FeedbackStance.SUPPORT), feedback("c-2", FeedbackStance.SUPPORT),
                approved("c-3")};

        @Test
        void anApprovedCaseIsCompleted() {
            fixture.given(approvedCase).when(new CompletePromotion(CASE), by(PromotionSaga.ACTOR, "HR"))
                    .expectEvents(new PromotionCompleted(ADA, CASE, 3));
        }

        @Test
        void anApprovedCaseRecordsWhyItCouldNotBeApplied() {
            fixture.given(approvedCase).when(new RecordPromotionFailure(CASE, "Employee emp-1 has left"), by(PromotionSaga.ACTOR, "HR"))
                    .expectEvents(new PromotionApplicationFailed(ADA, CASE, "Employee emp-1 has left"));
        }

        @Test
        void completingAgainChangesNothing() {
            fixture.given(approvedCase).andGiven(new PromotionCompleted(ADA, CASE, 3))
                    .when(new CompletePromotion(CASE), by(PromotionSaga.ACTOR, "HR")).expectNoEvents();
        }

        @Test
        void theOutcomeIsRecordedByHrOrTheSagaOnly() {
            forbidden(fixture.given(approvedCase).when(new CompletePromotion(CASE), by("c-3", "COUNCIL")), PromotionRules.NOT_ALLOWED);
        }

        @Test
        void aFailureIsRecordedByHrOrTheSagaOnly() {
            forbidden(fixture.given(approvedCase).when(new RecordPromotionFailure(CASE, "Left"), by(MANAGER, "MANAGER")),
                    PromotionRules.NOT_ALLOWED);
        }

        @Test
        void onlyAnApprovedCaseIsApplied() {
            conflict(fixture.given(NOMINATED).when(new CompletePromotion(CASE), by(PromotionSaga.ACTOR, "HR")), PromotionRules.CASE_CLOSED)
                    .expectExceptionMessage("Case case-1 is open; only an approved case is applied.");
        }
    }

    private static NominateForPromotion nominate(int level, String skipReason) {
        return new NominateForPromotion(CASE, ADA, level, "Reference for the payments domain", skipReason);
    }

    private static DecidePromotion decide(PromotionDecision decision, LocalDate effectiveDate) {
        return new DecidePromotion(CASE, decision, "Evidence is convincing", effectiveDate, 2);
    }

    private static PromotionDecided approved(String by) {
        return new PromotionDecided(ADA, CASE, PromotionDecision.APPROVE, "Evidence is convincing", by, TODAY, 2);
    }

    private static PromotionFeedbackGiven feedback(String member, FeedbackStance stance) {
        return new PromotionFeedbackGiven(ADA, CASE, member, stance, "Ready");
    }

    private static PromotionWithdrawn withdrawn() {
        return new PromotionWithdrawn(ADA, CASE, "Next cycle", MANAGER);
    }

    private static CompetencyAssessed assessed(String id, String competency, int proficiency) {
        return new CompetencyAssessed(ADA, id, competency, AssessorRole.MANAGER, MANAGER, proficiency, List.of(), null, null, null,
                "three-track", 1);
    }

    private static MetaData by(String actor, String... roles) {
        return MetaData.with(ActorMetadata.ACTOR_ID, actor).and(ActorMetadata.ACTOR_ROLES,
                String.join(",", roles.length == 0 ? new String[] {"EMPLOYEE"} : roles));
    }

    private static FrameworkDefinition load(String id) {
        try (InputStream yaml = PromotionCaseTest.class.getResourceAsStream("/frameworks/" + id + ".yaml")) {
            return FrameworkDocuments.read(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
