package io.careerledger.command.career;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.careerledger.command.eventstore.MessageClock;
import io.careerledger.command.framework.FrameworksInForce;
import io.careerledger.command.framework.PublishedFramework;
import io.careerledger.command.problem.RuleViolation;
import io.careerledger.command.review.ReviewCycles;
import io.careerledger.command.security.Actor;
import io.careerledger.events.AssessmentCalibrated;
import io.careerledger.events.AssessorRole;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.events.EmployeeOffboarded;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.GoalAbandoned;
import io.careerledger.events.GoalCompleted;
import io.careerledger.events.GoalProgressRecorded;
import io.careerledger.events.GoalSet;
import io.careerledger.events.ManagerChanged;
import io.careerledger.events.MilestoneEvidenceRecorded;
import io.careerledger.events.MilestoneVerified;
import io.careerledger.events.MobilityAssignmentEnded;
import io.careerledger.events.MobilityAssignmentStarted;
import io.careerledger.events.PromotionApplied;
import io.careerledger.events.TrackLevel;
import io.careerledger.events.TrackChosen;

/**
 * One person's career: every step they take along their framework, id = employee id. Who may act is
 * decided here, from the actor on the command's metadata: the person on themself, their line manager
 * on them, HR on everyone, the council where calibration is concerned.
 */
@Aggregate(snapshotTriggerDefinition = "employeeCareerSnapshots")
class EmployeeCareer {

    private enum GoalStatus { OPEN, COMPLETED, ABANDONED }

    private record Goal(GoalSet set, GoalStatus status, int percentComplete, String lastNote) {
    }

    private record Milestone(String evidence, boolean verified) {
    }

    @AggregateIdentifier
    private String employeeId;
    private EmployeeRegistered registration;
    private String managerId;
    private int level;
    private String trackId;
    private boolean offboarded;
    private final Map<String, CompetencyAssessed> assessments = new HashMap<>();
    private final Map<String, AssessmentCalibrated> calibrations = new HashMap<>();
    private final Map<String, Goal> goals = new HashMap<>();
    private final Map<String, Milestone> milestones = new HashMap<>();
    private final Map<String, MobilityAssignmentStarted> assignments = new HashMap<>();
    private final Map<String, MobilityAssignmentEnded> endedAssignments = new HashMap<>();
    private final Set<String> appliedPromotionCases = new HashSet<>();

    EmployeeCareer() {
        // for Axon: rebuilt from its events
    }

    /**
     * Registering is safe to retry: the same registration again changes nothing; a different one
     * under an id already taken is refused.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterEmployee command) {
        EmployeeRegistered registered = command.registered();
        if (registration == null) {
            apply(registered);
        } else if (!registration.equals(registered)) {
            throw RuleViolation.conflict(CareerRules.ALREADY_REGISTERED,
                    "Employee " + command.employeeId() + " is already registered with different details.");
        }
    }

    @CommandHandler
    void handle(ChangeManager command, Actor actor) {
        requireActive();
        require(actor.isHr(), "Only HR changes who someone reports to.");
        if (employeeId.equals(command.managerId())) {
            throw RuleViolation.refused(CareerRules.OWN_MANAGER, "Nobody can be their own line manager.");
        }
        if (!Objects.equals(managerId, command.managerId())) {
            apply(new ManagerChanged(employeeId, managerId, command.managerId()));
        }
    }

    @CommandHandler
    void handle(OffboardEmployee command, Actor actor) {
        require(actor.isHr(), "Only HR records that someone left.");
        if (!offboarded) {
            apply(new EmployeeOffboarded(employeeId, command.lastWorkingDay(), command.reason()));
        }
    }

    @CommandHandler
    void handle(ChooseTrack command, Actor actor, FrameworksInForce frameworks) {
        requireActive();
        require(isSelf(actor) || isManager(actor) || actor.isHr(),
                "A track is chosen by the person and their line manager together (or recorded by HR).");
        PublishedFramework framework = framework(frameworks);
        if (command.trackId().equals(trackId)) {
            return;
        }
        framework.trackRefusal(command.trackId(), level, MessageClock.today()).ifPresent(why -> {
            throw RuleViolation.refused(CareerRules.TRACK_NOT_ALLOWED, why);
        });
        requireAgreement(command, actor, framework);
        apply(new TrackChosen(employeeId, registration.frameworkId(), framework.version(), trackId, command.trackId(),
                level, command.reason(), command.agreedBy(), command.conversationId()));
    }

    /** One of the two issues the choice, the other is recorded as agreeing. */
    private void requireAgreement(ChooseTrack command, Actor actor, PublishedFramework framework) {
        if (!framework.definition().switchRequiresManagerAgreement() || managerId == null) {
            return;
        }
        String otherParty = isManager(actor) ? employeeId : managerId;
        if (!otherParty.equals(command.agreedBy())) {
            throw RuleViolation.refused(CareerRules.AGREEMENT_REQUIRED, "A track is agreed between "
                    + "the person and their line manager: name " + otherParty + " as agreeing.");
        }
    }

    @CommandHandler
    void handle(AssessCompetency command, Actor actor, FrameworksInForce frameworks, ReviewCycles reviewCycles) {
        requireActive();
        requireAssessor(command.assessorRole(), actor);
        if (command.reviewCycleId() != null && !assessments.containsKey(command.assessmentId())) {
            boolean open = reviewCycles.isOpen(command.reviewCycleId()).orElseThrow(() -> RuleViolation.refused(
                    CareerRules.UNKNOWN_REVIEW_CYCLE, "There is no review cycle " + command.reviewCycleId() + "."));
            if (!open) {
                throw RuleViolation.refused(CareerRules.REVIEW_CYCLE_CLOSED, "Review cycle " + command.reviewCycleId()
                        + " is closed; it takes no more assessments.");
            }
        }
        PublishedFramework framework = framework(frameworks);
        if (framework.definition().competency(command.competencyId()).isEmpty()) {
            throw RuleViolation.refused(CareerRules.UNKNOWN_COMPETENCY, "Framework " + registration.frameworkId()
                    + " has no competency '" + command.competencyId() + "'.");
        }
        requireOnScale(framework, command.proficiency());
        CompetencyAssessed assessed = new CompetencyAssessed(employeeId, command.assessmentId(), command.competencyId(),
                command.assessorRole(), actor.id(), command.proficiency(), command.evidence(), command.comment(),
                command.reviewCycleId(), command.conversationId(), registration.frameworkId(), framework.version());
        CompetencyAssessed earlier = assessments.get(command.assessmentId());
        if (earlier == null) {
            apply(assessed);
        } else if (!earlier.equals(assessed)) {
            throw RuleViolation.conflict(CareerRules.ASSESSMENT_ID_TAKEN,
                    "Assessment " + command.assessmentId() + " was already recorded with other details.");
        }
    }

    private void requireAssessor(AssessorRole role, Actor actor) {
        switch (role) {
            case SELF -> require(isSelf(actor), "A self-assessment is made by the person themself.");
            case MANAGER -> require(isManager(actor), "A manager assessment is made by the person's line manager.");
            case PEER -> require(actor.id() != null && !isSelf(actor), "A peer assesses someone else.");
            case COUNCIL -> require(actor.isCouncil(), "A council assessment is made by a council member.");
        }
    }

    @CommandHandler
    void handle(CalibrateAssessment command, Actor actor, FrameworksInForce frameworks) {
        requireActive();
        require(actor.isCouncil() || actor.isHr(), "Ratings are calibrated by the council or HR.");
        CompetencyAssessed original = assessments.get(command.assessmentId());
        if (original == null) {
            throw RuleViolation.notFound(CareerRules.UNKNOWN_ASSESSMENT, "No assessment " + command.assessmentId() + ".");
        }
        if (isBlank(command.justification())) {
            throw RuleViolation.refused(CareerRules.JUSTIFICATION_REQUIRED, "A calibration says why the rating changes.");
        }
        requireOnScale(framework(frameworks), command.proficiency());
        AssessmentCalibrated calibrated = new AssessmentCalibrated(employeeId, original.assessmentId(),
                original.competencyId(), original.proficiency(), command.proficiency(), command.justification(), actor.id());
        if (!calibrated.equals(calibrations.get(command.assessmentId()))) {
            apply(calibrated);
        }
    }

    @CommandHandler
    void handle(SetGoal command, Actor actor, FrameworksInForce frameworks) {
        requireActive();
        requireSelfManagerOrHr(actor);
        if (isBlank(command.measure()) || command.dueDate() == null || command.dueDate().isBefore(MessageClock.today())) {
            throw RuleViolation.refused(CareerRules.VAGUE_GOAL, "A goal needs an observable measure and a due date "
                    + "that is not in the past, so everyone can tell when it is met.");
        }
        PublishedFramework framework = framework(frameworks);
        if (command.competencyId() != null && framework.definition().competency(command.competencyId()).isEmpty()) {
            throw RuleViolation.refused(CareerRules.UNKNOWN_COMPETENCY, "Framework " + registration.frameworkId()
                    + " has no competency '" + command.competencyId() + "'.");
        }
        if (command.milestoneId() != null) {
            requireMilestoneExists(framework, command.milestoneId());
        }
        GoalSet set = new GoalSet(employeeId, command.goalId(), command.title(), command.measure(), command.dueDate(),
                command.competencyId(), command.milestoneId(), command.conversationId());
        Goal earlier = goals.get(command.goalId());
        if (earlier == null) {
            apply(set);
        } else if (!earlier.set().equals(set)) {
            throw RuleViolation.conflict(CareerRules.GOAL_ID_TAKEN, "Goal " + command.goalId() + " was already set with other details.");
        }
    }

    @CommandHandler
    void handle(RecordGoalProgress command, Actor actor) {
        Goal goal = openGoal(command.goalId(), actor);
        if (goal.percentComplete() != command.percentComplete() || !Objects.equals(goal.lastNote(), command.note())) {
            apply(new GoalProgressRecorded(employeeId, command.goalId(), command.percentComplete(), command.note()));
        }
    }

    @CommandHandler
    void handle(CompleteGoal command, Actor actor) {
        if (goalIn(command.goalId(), GoalStatus.COMPLETED)) {
            return;
        }
        openGoal(command.goalId(), actor);
        if (command.evidence() == null || command.evidence().stream().allMatch(EmployeeCareer::isBlank)) {
            throw RuleViolation.refused(CareerRules.EVIDENCE_REQUIRED, "A goal is completed with the evidence that it was met.");
        }
        apply(new GoalCompleted(employeeId, command.goalId(), command.evidence()));
    }

    @CommandHandler
    void handle(AbandonGoal command, Actor actor) {
        if (goalIn(command.goalId(), GoalStatus.ABANDONED)) {
            return;
        }
        openGoal(command.goalId(), actor);
        if (isBlank(command.reason())) {
            throw RuleViolation.refused(CareerRules.REASON_REQUIRED, "Say why the goal is abandoned.");
        }
        apply(new GoalAbandoned(employeeId, command.goalId(), command.reason()));
    }

    @CommandHandler
    void handle(RecordMilestoneEvidence command, Actor actor, FrameworksInForce frameworks) {
        requireActive();
        requireSelfManagerOrHr(actor);
        requireMilestoneExists(framework(frameworks), command.milestoneId());
        Milestone milestone = milestones.get(command.milestoneId());
        if (milestone == null || !command.evidence().equals(milestone.evidence())) {
            apply(new MilestoneEvidenceRecorded(employeeId, command.milestoneId(), command.evidence()));
        }
    }

    @CommandHandler
    void handle(VerifyMilestone command, Actor actor) {
        requireActive();
        require(!isSelf(actor) && (isManager(actor) || actor.isCouncil()),
                "A milestone is verified by the person's line manager or a council member.");
        Milestone milestone = milestones.get(command.milestoneId());
        if (milestone == null) {
            throw RuleViolation.refused(CareerRules.MILESTONE_WITHOUT_EVIDENCE,
                    "There is no evidence for milestone '" + command.milestoneId() + "' to verify yet.");
        }
        if (!milestone.verified()) {
            apply(new MilestoneVerified(employeeId, command.milestoneId(), actor.id()));
        }
    }

    @CommandHandler
    void handle(StartMobilityAssignment command, Actor actor, FrameworksInForce frameworks) {
        requireActive();
        require(isManager(actor) || actor.isHr(), "Rotations and secondments are arranged by the line manager or HR.");
        MobilityAssignmentStarted started = new MobilityAssignmentStarted(employeeId, command.assignmentId(), command.kind(),
                command.targetTeam(), command.targetTrackId(), command.prerequisites(), command.expectedOutcomes(),
                command.startDate(), command.endDate());
        if (started.equals(assignments.get(command.assignmentId()))) {
            return;
        }
        if (assignments.keySet().stream().anyMatch(id -> !endedAssignments.containsKey(id))) {
            throw RuleViolation.conflict(CareerRules.ASSIGNMENT_ACTIVE, "Another rotation or secondment is still running; end it first.");
        }
        if (!command.endDate().isAfter(command.startDate())) {
            throw RuleViolation.refused(CareerRules.ASSIGNMENT_DATES, "An assignment ends after it starts.");
        }
        if (command.targetTrackId() != null && framework(frameworks).definition().track(command.targetTrackId()).isEmpty()) {
            throw RuleViolation.refused(CareerRules.UNKNOWN_TRACK, "Framework " + registration.frameworkId()
                    + " has no track '" + command.targetTrackId() + "'.");
        }
        apply(started);
    }

    @CommandHandler
    void handle(EndMobilityAssignment command, Actor actor) {
        require(isManager(actor) || actor.isHr(), "Rotations and secondments are ended by the line manager or HR.");
        if (!assignments.containsKey(command.assignmentId())) {
            throw RuleViolation.notFound(CareerRules.UNKNOWN_ASSIGNMENT, "No assignment " + command.assignmentId() + ".");
        }
        if (!endedAssignments.containsKey(command.assignmentId())) {
            apply(new MobilityAssignmentEnded(employeeId, command.assignmentId(), command.endedOn(), command.outcome()));
        }
    }

    /**
     * Only from an approved promotion case (the saga acts as HR): the new level with the grade and band
     * the framework in force pays for it on the case's track. Applying the same case again changes nothing.
     */
    @CommandHandler
    void handle(ApplyPromotion command, Actor actor, FrameworksInForce frameworks) {
        if (appliedPromotionCases.contains(command.caseId())) {
            return;
        }
        requireActive();
        require(actor.isHr(), "A promotion is applied from an approved promotion case.");
        if (command.toLevel() <= level) {
            throw RuleViolation.refused(CareerRules.ALREADY_AT_LEVEL, "Employee " + employeeId + " is already at level "
                    + level + ", not below level " + command.toLevel() + ".");
        }
        TrackLevel target = framework(frameworks).definition().track(command.trackId())
                .flatMap(track -> track.level(command.toLevel()))
                .orElseThrow(() -> RuleViolation.refused(CareerRules.UNKNOWN_LEVEL, "Framework " + registration.frameworkId()
                        + " has no level " + command.toLevel() + " on track '" + command.trackId() + "'."));
        apply(new PromotionApplied(employeeId, command.caseId(), level, command.toLevel(), target.title(), target.grade(),
                target.salaryBand(), command.effectiveDate()));
    }

    private Goal openGoal(String goalId, Actor actor) {
        requireActive();
        requireSelfManagerOrHr(actor);
        Goal goal = goals.get(goalId);
        if (goal == null) {
            throw RuleViolation.notFound(CareerRules.UNKNOWN_GOAL, "No goal " + goalId + ".");
        }
        if (goal.status() != GoalStatus.OPEN) {
            throw RuleViolation.conflict(CareerRules.GOAL_CLOSED, "Goal " + goalId + " is already " + goal.status().name().toLowerCase() + ".");
        }
        return goal;
    }

    private boolean goalIn(String goalId, GoalStatus status) {
        Goal goal = goals.get(goalId);
        return goal != null && goal.status() == status;
    }

    private PublishedFramework framework(FrameworksInForce frameworks) {
        return frameworks.find(registration.frameworkId()).orElseThrow(() -> RuleViolation.refused(
                CareerRules.FRAMEWORK_NOT_PUBLISHED, "Framework " + registration.frameworkId() + " has no published version yet."));
    }

    private static void requireOnScale(PublishedFramework framework, int proficiency) {
        if (!framework.definition().isOnScale(proficiency)) {
            throw RuleViolation.refused(CareerRules.PROFICIENCY_OFF_SCALE, "Proficiency " + proficiency
                    + " is not on the framework's scale (1 to " + framework.definition().maxProficiency() + ").");
        }
    }

    private void requireMilestoneExists(PublishedFramework framework, String milestoneId) {
        boolean exists = framework.definition().tracks().stream()
                .flatMap(track -> track.levels().stream())
                .flatMap(level -> level.milestones().stream())
                .anyMatch(milestone -> milestone.id().equals(milestoneId));
        if (!exists) {
            throw RuleViolation.refused(CareerRules.UNKNOWN_MILESTONE, "Framework " + registration.frameworkId()
                    + " has no milestone '" + milestoneId + "'.");
        }
    }

    private void requireActive() {
        if (offboarded) {
            throw RuleViolation.refused(CareerRules.OFFBOARDED, "Employee " + employeeId + " has left; their history is closed.");
        }
    }

    private void requireSelfManagerOrHr(Actor actor) {
        require(isSelf(actor) || isManager(actor) || actor.isHr(),
                "Only the person, their line manager or HR can do this.");
    }

    private static void require(boolean allowed, String detail) {
        if (!allowed) {
            throw RuleViolation.forbidden(CareerRules.NOT_ALLOWED, detail);
        }
    }

    private boolean isSelf(Actor actor) {
        return actor.is(employeeId);
    }

    private boolean isManager(Actor actor) {
        return managerId != null && actor.is(managerId);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @EventSourcingHandler
    void on(EmployeeRegistered event) {
        employeeId = event.employeeId();
        registration = event;
        managerId = event.managerId();
        level = event.level();
    }

    @EventSourcingHandler
    void on(ManagerChanged event) {
        managerId = event.managerId();
    }

    @EventSourcingHandler
    void on(EmployeeOffboarded event) {
        offboarded = true;
    }

    @EventSourcingHandler
    void on(TrackChosen event) {
        trackId = event.trackId();
    }

    @EventSourcingHandler
    void on(CompetencyAssessed event) {
        assessments.put(event.assessmentId(), event);
    }

    @EventSourcingHandler
    void on(AssessmentCalibrated event) {
        calibrations.put(event.assessmentId(), event);
    }

    @EventSourcingHandler
    void on(GoalSet event) {
        goals.put(event.goalId(), new Goal(event, GoalStatus.OPEN, 0, null));
    }

    @EventSourcingHandler
    void on(GoalProgressRecorded event) {
        goals.computeIfPresent(event.goalId(), (id, goal) -> new Goal(goal.set(), goal.status(), event.percentComplete(), event.note()));
    }

    @EventSourcingHandler
    void on(GoalCompleted event) {
        goals.computeIfPresent(event.goalId(), (id, goal) -> new Goal(goal.set(), GoalStatus.COMPLETED, 100, goal.lastNote()));
    }

    @EventSourcingHandler
    void on(GoalAbandoned event) {
        goals.computeIfPresent(event.goalId(), (id, goal) -> new Goal(goal.set(), GoalStatus.ABANDONED, goal.percentComplete(), goal.lastNote()));
    }

    @EventSourcingHandler
    void on(MilestoneEvidenceRecorded event) {
        milestones.put(event.milestoneId(), new Milestone(event.evidence(), false));
    }

    @EventSourcingHandler
    void on(MilestoneVerified event) {
        milestones.computeIfPresent(event.milestoneId(), (id, milestone) -> new Milestone(milestone.evidence(), true));
    }

    @EventSourcingHandler
    void on(MobilityAssignmentStarted event) {
        assignments.put(event.assignmentId(), event);
    }

    @EventSourcingHandler
    void on(PromotionApplied event) {
        level = event.toLevel();
        appliedPromotionCases.add(event.caseId());
    }

    @EventSourcingHandler
    void on(MobilityAssignmentEnded event) {
        endedAssignments.put(event.assignmentId(), event);
    }
}
