package io.careerledger.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The catalogue of published events and their CloudEvents type names
 * ({@code io.careerledger.<EventName>.v<revision>}).
 */
public final class EventTypes {

    private static final String PREFIX = "io.careerledger.";

    /** Every event of the contract; a new event is added here. */
    public static final List<Class<? extends CareerEvent>> ALL = List.of(
            EmployeeRegistered.class,
            ManagerChanged.class,
            EmployeeOffboarded.class,
            LegalHoldPlaced.class,
            LegalHoldLifted.class,
            PersonalDataErased.class,
            TrackChosen.class,
            CompetencyAssessed.class,
            AssessmentCalibrated.class,
            GoalSet.class,
            GoalProgressRecorded.class,
            GoalCompleted.class,
            GoalAbandoned.class,
            MilestoneEvidenceRecorded.class,
            MilestoneVerified.class,
            MobilityAssignmentStarted.class,
            MobilityAssignmentEnded.class,
            FrameworkVersionProposed.class,
            FrameworkVersionApproved.class,
            FrameworkVersionRejected.class,
            FrameworkVersionPublished.class,
            TrackRetirementScheduled.class,
            FrameworkAnnualReviewDue.class,
            ConversationScheduled.class,
            ConversationNoteRecorded.class,
            ConversationAgreementRecorded.class,
            ConversationConcluded.class,
            ConversationAcknowledged.class,
            ConversationCancelled.class,
            PromotionNominated.class,
            PromotionEvidenceAttached.class,
            PromotionFeedbackGiven.class,
            PromotionDecided.class,
            PromotionWithdrawn.class,
            PromotionApplied.class,
            PromotionApplicationFailed.class,
            PromotionCompleted.class,
            ReviewCycleOpened.class,
            ReviewCyclePhaseStarted.class,
            ReviewCycleDeadlinePassed.class,
            ReviewCycleClosed.class,
            FeedbackRoundOpened.class,
            FeedbackGiven.class,
            FeedbackRoundClosed.class,
            FeedbackAuthorRevealed.class);

    private static final Map<String, Class<? extends CareerEvent>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));
    private static final Pattern TYPE = Pattern.compile("io\\.careerledger\\.(\\w+)\\.v(\\d+)");

    private EventTypes() {
    }

    public static String typeOf(Class<?> eventClass) {
        return PREFIX + eventClass.getSimpleName() + ".v" + revisionOf(eventClass);
    }

    public static int revisionOf(Class<?> eventClass) {
        EventRevision revision = eventClass.getAnnotation(EventRevision.class);
        return revision == null ? 1 : revision.value();
    }

    /**
     * The event class of a CloudEvents type, of its current or any earlier revision (records on the
     * topic are kept forever; a reader tolerates fields an old revision did not have).
     */
    public static Optional<Class<? extends CareerEvent>> classOf(String type) {
        Matcher parts = TYPE.matcher(type == null ? "" : type);
        if (!parts.matches()) {
            return Optional.empty();
        }
        Class<? extends CareerEvent> event = BY_NAME.get(parts.group(1));
        return event != null && Integer.parseInt(parts.group(2)) <= revisionOf(event) ? Optional.of(event) : Optional.empty();
    }
}
