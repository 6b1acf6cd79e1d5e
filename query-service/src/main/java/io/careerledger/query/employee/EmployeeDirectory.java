package io.careerledger.query.employee;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Who reports to whom and where everyone stands, for features outside this package. */
@Component
public class EmployeeDirectory {

    private final EmployeeViewRepository employees;
    private final CareerPositions positions;

    EmployeeDirectory(EmployeeViewRepository employees, CareerPositions positions) {
        this.employees = employees;
        this.positions = positions;
    }

    public Optional<String> managerOf(String employeeId) {
        return employees.findById(employeeId).map(EmployeeView::managerId);
    }

    public Optional<Person> person(String employeeId) {
        return employees.findById(employeeId).map(this::person);
    }

    /** Since when the person is at their current level, without judging the level against a framework (cheap enough for a projection). */
    public Optional<LocalDate> levelSinceOf(String employeeId) {
        return employees.findById(employeeId).map(EmployeeView::levelSince);
    }

    /** A manager's current direct reports (people who left are no longer on the team), by name. */
    /** Where someone stands at a given track and level under a framework version, judged as in every view (as-of uses it). */
    public CareerPosition position(String frameworkId, Integer version, String trackId, int level, LocalDate levelSince) {
        return positions.judged(frameworkId, version, trackId, level, levelSince);
    }

    public List<Person> reportsOf(String managerId) {
        return employees.findByManagerIdAndOffboardedOnIsNullOrderByFullName(managerId).stream().map(this::person).toList();
    }

    /** Everyone, or the reports (past and present) of the given managers: a review cycle's population. */
    public List<Reporting> population(boolean everyone, Collection<String> managerIds) {
        return everyone ? employees.findAllReporting() : employees.findReportingTo(managerIds);
    }

    /** People with the organisation now per track and level; those without a track count under an absent track. */
    public List<HeadCount> headCount(String frameworkId) {
        return employees.headCount(frameworkId);
    }

    private Person person(EmployeeView view) {
        return new Person(view.employeeId(), view.fullName(), view.managerId(), positions.of(view), view.offboardedOn());
    }

    /** Someone and their line manager. */
    public record Reporting(String employeeId, String managerId) {
    }

    /** @param trackId absent for people who have not chosen a track */
    public record HeadCount(String trackId, int level, long people) {
    }
}
