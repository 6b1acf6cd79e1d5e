package io.careerledger.command.career;

import io.careerledger.command.framework.FrameworksInForce;
import io.careerledger.command.framework.PublishedFramework;
import io.careerledger.command.problem.RuleViolation;
import io.careerledger.command.security.Actor;
import io.careerledger.events.EmployeeOffboarded;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.ManagerChanged;

/**
 * Whose career it is, as every part of it needs to know before acting: who they are, who manages
 * them, which framework they are on, whether they left. Who may act is decided from here: the person
 * on themself, their line manager on them, HR on everyone.
 */
final class Employee {

    private String employeeId;
    private String managerId;
    private String frameworkId;
    private boolean offboarded;

    void registered(EmployeeRegistered event) {
        employeeId = event.employeeId();
        managerId = event.managerId();
        frameworkId = event.frameworkId();
    }

    void managerChanged(ManagerChanged event) {
        managerId = event.managerId();
    }

    void left(EmployeeOffboarded event) {
        offboarded = true;
    }

    String id() {
        return employeeId;
    }

    String managerId() {
        return managerId;
    }

    String frameworkId() {
        return frameworkId;
    }

    boolean hasLeft() {
        return offboarded;
    }

    boolean isSelf(Actor actor) {
        return actor.is(employeeId);
    }

    boolean isManager(Actor actor) {
        return managerId != null && actor.is(managerId);
    }

    void requireActive() {
        if (offboarded) {
            throw RuleViolation.refused(CareerRules.OFFBOARDED, "Employee " + employeeId + " has left; their history is closed.");
        }
    }

    void requireSelfManagerOrHr(Actor actor) {
        require(isSelf(actor) || isManager(actor) || actor.isHr(), "Only the person, their line manager or HR can do this.");
    }

    /** A refusal of who is acting (403), not of what they ask. */
    static void require(boolean allowed, String detail) {
        if (!allowed) {
            throw RuleViolation.forbidden(CareerRules.NOT_ALLOWED, detail);
        }
    }

    PublishedFramework framework(FrameworksInForce frameworks) {
        return frameworks.find(frameworkId).orElseThrow(() -> RuleViolation.refused(
                CareerRules.FRAMEWORK_NOT_PUBLISHED, "Framework " + frameworkId + " has no published version yet."));
    }

    void requireCompetency(PublishedFramework framework, String competencyId) {
        if (framework.definition().competency(competencyId).isEmpty()) {
            throw RuleViolation.refused(CareerRules.UNKNOWN_COMPETENCY, "Framework " + frameworkId
                    + " has no competency '" + competencyId + "'.");
        }
    }

    static void requireOnScale(PublishedFramework framework, int proficiency) {
        if (!framework.definition().isOnScale(proficiency)) {
            throw RuleViolation.refused(CareerRules.PROFICIENCY_OFF_SCALE, "Proficiency " + proficiency
                    + " is not on the framework's scale (1 to " + framework.definition().maxProficiency() + ").");
        }
    }

    void requireMilestone(PublishedFramework framework, String milestoneId) {
        boolean exists = framework.definition().tracks().stream()
                .flatMap(track -> track.levels().stream())
                .flatMap(level -> level.milestones().stream())
                .anyMatch(milestone -> milestone.id().equals(milestoneId));
        if (!exists) {
            throw RuleViolation.refused(CareerRules.UNKNOWN_MILESTONE, "Framework " + frameworkId
                    + " has no milestone '" + milestoneId + "'.");
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
