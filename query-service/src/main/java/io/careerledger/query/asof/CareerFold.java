package io.careerledger.query.asof;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.careerledger.events.AssessmentCalibrated;
import io.careerledger.events.CareerEvent;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.events.EmployeeOffboarded;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.GoalAbandoned;
import io.careerledger.events.GoalCompleted;
import io.careerledger.events.GoalProgressRecorded;
import io.careerledger.events.GoalSet;
import io.careerledger.events.ManagerChanged;
import io.careerledger.events.MilestoneVerified;
import io.careerledger.events.PromotionApplicationFailed;
import io.careerledger.events.PromotionApplied;
import io.careerledger.events.PromotionCompleted;
import io.careerledger.events.PromotionDecided;
import io.careerledger.events.PromotionDecision;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.PromotionWithdrawn;
import io.careerledger.events.TrackChosen;
import io.careerledger.query.asof.CareerAsOf.GoalState;
import io.careerledger.query.asof.CareerAsOf.PromotionCaseState;
import io.careerledger.query.dashboard.CompetencyMatrix.Rating;
import io.careerledger.query.promotion.PromotionCaseStatus;

/**
 * A person's career folded from their events, oldest first, with the same meaning the dashboard
 * tables give them: so the career as of now is what the dashboard shows.
 */
final class CareerFold {

    private EmployeeRegistered registered;
    private String managerId;
    private String frameworkId;
    private Integer frameworkVersion;
    private String trackId;
    private int level;
    private LocalDate levelSince;
    private LocalDate offboardedOn;
    private Instant lastEventAt;
    private int events;
    /** By assessment and competency, in the order given; a calibration lands on the assessment it adjusts. */
    private final Map<String, Rating> ratings = new LinkedHashMap<>();
    private final Set<String> verifiedMilestones = new HashSet<>();
    private final Map<String, GoalState> goals = new LinkedHashMap<>();
    private final Map<String, Case> cases = new LinkedHashMap<>();

    /** One handler per event type this view folds; conversations, mobility, evidence and feedback change neither summary nor dashboard. */
    private static final Map<Class<? extends CareerEvent>, Handler> HANDLERS = Map.ofEntries(
            handler(EmployeeRegistered.class, CareerFold::registered),
            handler(ManagerChanged.class, (fold, e, at) -> fold.managerId = e.managerId()),
            handler(EmployeeOffboarded.class, (fold, e, at) -> fold.offboardedOn = e.lastWorkingDay()),
            handler(TrackChosen.class, CareerFold::trackChosen),
            handler(PromotionApplied.class, CareerFold::promotionApplied),
            handler(CompetencyAssessed.class, CareerFold::assessed),
            handler(AssessmentCalibrated.class, CareerFold::calibrated),
            handler(MilestoneVerified.class, (fold, e, at) -> fold.verifiedMilestones.add(e.milestoneId())),
            handler(GoalSet.class, (fold, e, at) ->
                    fold.goals.putIfAbsent(e.goalId(), new GoalState(e.goalId(), e.title(), e.dueDate(), 0, "OPEN", false))),
            handler(GoalProgressRecorded.class, (fold, e, at) ->
                    fold.goals.computeIfPresent(e.goalId(), (id, goal) -> goal.with(e.percentComplete(), goal.status()))),
            handler(GoalCompleted.class, (fold, e, at) -> fold.goals.computeIfPresent(e.goalId(), (id, goal) -> goal.with(100, "COMPLETED"))),
            handler(GoalAbandoned.class, (fold, e, at) ->
                    fold.goals.computeIfPresent(e.goalId(), (id, goal) -> goal.with(goal.percentComplete(), "ABANDONED"))),
            handler(PromotionNominated.class, (fold, e, at) ->
                    fold.cases.putIfAbsent(e.caseId(), new Case(e.caseId(), e.toLevel(), e.frameworkVersion(), at))),
            handler(PromotionDecided.class, (fold, e, at) -> fold.decided(e.caseId(), e.decision())),
            handler(PromotionWithdrawn.class, (fold, e, at) -> fold.status(e.caseId(), PromotionCaseStatus.WITHDRAWN)),
            handler(PromotionApplicationFailed.class, (fold, e, at) -> fold.status(e.caseId(), PromotionCaseStatus.PROMOTION_FAILED)),
            handler(PromotionCompleted.class, (fold, e, at) -> fold.status(e.caseId(), PromotionCaseStatus.PROMOTED)));

    void on(CareerEvent event, Instant at) {
        events++;
        lastEventAt = at;
        Handler handler = HANDLERS.get(event.getClass());
        if (handler != null) {
            handler.on(this, event, at);
        }
    }

    private void registered(EmployeeRegistered e, Instant at) {
        registered = e;
        managerId = e.managerId();
        frameworkId = e.frameworkId();
        level = e.level();
        levelSince = e.hireDate();
    }

    private void trackChosen(TrackChosen e, Instant at) {
        // time in level restarts only when the level itself changes, not with a switch at the same level
        if (e.level() != level) {
            levelSince = LocalDate.ofInstant(at, ZoneOffset.UTC);
        }
        frameworkId = e.frameworkId();
        frameworkVersion = e.frameworkVersion();
        trackId = e.trackId();
        level = e.level();
    }

    private void promotionApplied(PromotionApplied e, Instant at) {
        level = e.toLevel();
        levelSince = e.effectiveDate();
        Case promoted = cases.get(e.caseId());
        if (promoted != null) {
            // the new level was decided under the version the case was nominated under
            frameworkVersion = promoted.frameworkVersion;
        }
    }

    private void assessed(CompetencyAssessed e, Instant at) {
        ratings.putIfAbsent(e.assessmentId() + "/" + e.competencyId(),
                new Rating(e.competencyId(), e.assessmentId(), e.assessorRole().name(), e.proficiency(), null));
    }

    private void calibrated(AssessmentCalibrated e, Instant at) {
        ratings.computeIfPresent(e.assessmentId() + "/" + e.competencyId(), (key, rating) ->
                new Rating(rating.competencyId(), rating.assessmentId(), rating.assessorRole(), rating.proficiency(), e.proficiency()));
    }

    private void status(String caseId, PromotionCaseStatus status) {
        Case found = cases.get(caseId);
        if (found != null) {
            found.status = status;
        }
    }

    private void decided(String caseId, PromotionDecision decision) {
        status(caseId, PromotionCaseStatus.DECIDED);
        Case found = cases.get(caseId);
        if (found != null) {
            found.decision = decision;
        }
    }

    /** Whether the person's first event came in. */
    boolean begun() {
        return registered != null;
    }

    EmployeeRegistered registration() {
        return registered;
    }

    String managerId() {
        return managerId;
    }

    String frameworkId() {
        return frameworkId;
    }

    /** Absent until a track was chosen: then the version in force is the one that counts. */
    Integer frameworkVersion() {
        return frameworkVersion;
    }

    String trackId() {
        return trackId;
    }

    int level() {
        return level;
    }

    LocalDate levelSince() {
        return levelSince;
    }

    LocalDate offboardedOn() {
        return offboardedOn;
    }

    Instant lastEventAt() {
        return lastEventAt;
    }

    int events() {
        return events;
    }

    /** In the order they were given, so a later rating replaces an earlier one. */
    List<Rating> ratings() {
        return List.copyOf(ratings.values());
    }

    Set<String> verifiedMilestones() {
        return Set.copyOf(verifiedMilestones);
    }

    /** By due date (none last), then id, as on the dashboard; overdue when still open after the due date. */
    List<GoalState> goals(LocalDate today) {
        List<GoalState> all = new ArrayList<>();
        goals.values().forEach(goal -> all.add(goal.overdueOn(today)));
        all.sort(Comparator.comparing(GoalState::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(GoalState::goalId));
        return all;
    }

    /** The latest case still moving towards a new level. */
    Optional<PromotionCaseState> openCase() {
        return cases.values().stream().filter(found -> found.status.underWay(found.decision))
                .max(Comparator.comparing((Case found) -> found.nominatedAt))
                .map(found -> new PromotionCaseState(found.caseId, found.status, found.decision, found.toLevel));
    }

    @FunctionalInterface
    private interface Handler {
        void on(CareerFold fold, CareerEvent event, Instant at);
    }

    @FunctionalInterface
    private interface TypedHandler<E extends CareerEvent> {
        void on(CareerFold fold, E event, Instant at);
    }

    private static <E extends CareerEvent> Map.Entry<Class<? extends CareerEvent>, Handler> handler(Class<E> type, TypedHandler<E> handler) {
        return Map.entry(type, (fold, event, at) -> handler.on(fold, type.cast(event), at));
    }

    private static final class Case {

        private final String caseId;
        private final int toLevel;
        private final int frameworkVersion;
        private final Instant nominatedAt;
        private PromotionCaseStatus status = PromotionCaseStatus.OPEN;
        private PromotionDecision decision;

        private Case(String caseId, int toLevel, int frameworkVersion, Instant nominatedAt) {
            this.caseId = caseId;
            this.toLevel = toLevel;
            this.frameworkVersion = frameworkVersion;
            this.nominatedAt = nominatedAt;
        }
    }
}
