package io.careerledger.command.career;

import static io.careerledger.command.career.Employee.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import io.careerledger.command.eventstore.MessageClock;
import io.careerledger.command.framework.FrameworksInForce;
import io.careerledger.command.framework.PublishedFramework;
import io.careerledger.command.personaldata.PersonalDataOwner;
import io.careerledger.command.personaldata.PersonalDataProperties;
import io.careerledger.command.problem.RuleViolation;
import io.careerledger.command.security.Actor;
import io.careerledger.events.EmployeeOffboarded;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.LegalHoldLifted;
import io.careerledger.events.LegalHoldPlaced;
import io.careerledger.events.ManagerChanged;
import io.careerledger.events.PersonalDataErased;
import io.careerledger.events.PromotionApplied;
import io.careerledger.events.TrackChosen;
import io.careerledger.events.TrackLevel;

/**
 * One person's career: every step they take along their framework, id = employee id. The root holds
 * who they are, who manages them, their track and level; goals, assessments, milestones and mobility
 * assignments are members with rules of their own. Who may act is decided from the actor on the
 * command's metadata (see {@link Employee}).
 */
@Aggregate(snapshotTriggerDefinition = "employeeCareerSnapshots", cache = "employeeCareerCache")
class EmployeeCareer implements PersonalDataOwner {

    @AggregateIdentifier
    private String employeeId;
    private EmployeeRegistered registration;
    private final Employee employee = new Employee();
    private final PersonalRecord record = new PersonalRecord();
    private int level;
    private String trackId;
    private final Set<String> appliedPromotionCases = new HashSet<>();

    @AggregateMember
    private final CareerGoals goals = new CareerGoals();
    @AggregateMember
    private final CompetencyAssessments assessments = new CompetencyAssessments();
    @AggregateMember
    private final Milestones milestones = new Milestones();
    @AggregateMember
    private final MobilityAssignments assignments = new MobilityAssignments();

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
        employee.requireActive();
        require(actor.isHr(), "Only HR changes who someone reports to.");
        if (employeeId.equals(command.managerId())) {
            throw RuleViolation.refused(CareerRules.OWN_MANAGER, "Nobody can be their own line manager.");
        }
        if (!Objects.equals(employee.managerId(), command.managerId())) {
            apply(new ManagerChanged(employeeId, employee.managerId(), command.managerId()));
        }
    }

    @CommandHandler
    void handle(OffboardEmployee command, Actor actor) {
        require(actor.isHr(), "Only HR records that someone left.");
        if (!employee.hasLeft()) {
            apply(new EmployeeOffboarded(employeeId, command.lastWorkingDay(), command.reason()));
        }
    }

    /** Erasing again is a harmless retry: the key is gone already. */
    @CommandHandler
    void handle(ErasePersonalData command, Actor actor, PersonalDataProperties personalData) {
        require(actor.isHr(), "Only HR erases a person's personal data.");
        if (record.isErased()) {
            return;
        }
        requireReason(command.reason());
        record.requireErasable(employeeId, personalData.retentionAfterOffboarding());
        apply(new PersonalDataErased(employeeId, command.reason()));
    }

    @CommandHandler
    void handle(PlaceLegalHold command, Actor actor) {
        require(actor.isHr(), "Only HR places a legal hold.");
        requireReason(command.reason());
        record.requireNotErased(employeeId);
        if (!record.isHeld()) {
            apply(new LegalHoldPlaced(employeeId, command.reason()));
        }
    }

    @CommandHandler
    void handle(LiftLegalHold command, Actor actor) {
        require(actor.isHr(), "Only HR lifts a legal hold.");
        requireReason(command.reason());
        if (!record.isHeld()) {
            throw RuleViolation.refused(CareerRules.NO_LEGAL_HOLD, "The record of " + employeeId + " is not under legal hold.");
        }
        apply(new LegalHoldLifted(employeeId, command.reason()));
    }

    private static void requireReason(String reason) {
        if (Employee.isBlank(reason)) {
            throw RuleViolation.refused(CareerRules.REASON_REQUIRED, "A reason is required.");
        }
    }

    @CommandHandler
    void handle(ChooseTrack command, Actor actor, FrameworksInForce frameworks) {
        employee.requireActive();
        require(employee.isSelf(actor) || employee.isManager(actor) || actor.isHr(),
                "A track is chosen by the person and their line manager together (or recorded by HR).");
        PublishedFramework framework = employee.framework(frameworks);
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
        if (!framework.definition().switchRequiresManagerAgreement() || employee.managerId() == null) {
            return;
        }
        String otherParty = employee.isManager(actor) ? employeeId : employee.managerId();
        if (!otherParty.equals(command.agreedBy())) {
            throw RuleViolation.refused(CareerRules.AGREEMENT_REQUIRED, "A track is agreed between "
                    + "the person and their line manager: name " + otherParty + " as agreeing.");
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
        employee.requireActive();
        require(actor.isHr(), "A promotion is applied from an approved promotion case.");
        if (command.toLevel() <= level) {
            throw RuleViolation.refused(CareerRules.ALREADY_AT_LEVEL, "Employee " + employeeId + " is already at level "
                    + level + ", not below level " + command.toLevel() + ".");
        }
        TrackLevel target = employee.framework(frameworks).definition().track(command.trackId())
                .flatMap(track -> track.level(command.toLevel()))
                .orElseThrow(() -> RuleViolation.refused(CareerRules.UNKNOWN_LEVEL, "Framework " + registration.frameworkId()
                        + " has no level " + command.toLevel() + " on track '" + command.trackId() + "'."));
        apply(new PromotionApplied(employeeId, command.caseId(), level, command.toLevel(), target.title(), target.grade(),
                target.salaryBand(), command.effectiveDate()));
    }

    @EventSourcingHandler
    void on(EmployeeRegistered event) {
        employeeId = event.employeeId();
        registration = event;
        employee.registered(event);
        level = event.level();
    }

    @EventSourcingHandler
    void on(ManagerChanged event) {
        employee.managerChanged(event);
    }

    @EventSourcingHandler
    void on(EmployeeOffboarded event) {
        employee.left(event);
        record.left(event);
    }

    @EventSourcingHandler
    void on(LegalHoldPlaced event) {
        record.held(event);
    }

    @EventSourcingHandler
    void on(LegalHoldLifted event) {
        record.released(event);
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        record.erased(event);
    }

    /** A snapshot of this career encrypts its personal texts under the person's key. */
    @Override
    public String personalDataOwner() {
        return employeeId;
    }

    @EventSourcingHandler
    void on(TrackChosen event) {
        trackId = event.trackId();
    }

    @EventSourcingHandler
    void on(PromotionApplied event) {
        level = event.toLevel();
        appliedPromotionCases.add(event.caseId());
    }
}
