package io.careerledger.query.review;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.careerledger.events.AssessorRole;
import io.careerledger.events.ReviewPopulation;
import io.careerledger.query.api.JsonColumns;
import io.careerledger.query.employee.EmployeeDirectory;
import io.careerledger.query.employee.EmployeeDirectory.Reporting;

/**
 * Who a cycle covers and who has done what in it, worked out when asked from the employee directory
 * and the cycle's assessments. The population is everyone, or the direct reports of the listed
 * managers; the employee read model knows no teams, so listed teams add nobody here.
 */
@Component
class ReviewCycleProgress {

    private final EmployeeDirectory directory;
    private final JdbcTemplate jdbc;
    private final JsonColumns json;

    ReviewCycleProgress(EmployeeDirectory directory, JdbcTemplate jdbc, JsonColumns json) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.json = json;
    }

    int populationSize(ReviewCycle cycle) {
        return population(cycle).size();
    }

    ReviewCycleCompletion completion(ReviewCycle cycle) {
        Set<String> population = population(cycle);
        int self = done(cycle, AssessorRole.SELF, population);
        int manager = done(cycle, AssessorRole.MANAGER, population);
        int calibration = done(cycle, AssessorRole.COUNCIL, population);
        int size = population.size();
        double percent = size == 0 ? 0 : Math.round(1000.0 * (self + manager + calibration) / (3.0 * size)) / 10.0;
        return new ReviewCycleCompletion(cycle.cycleId(), cycle.name(), cycle.phase(), cycle.isClosed(), size,
                new ReviewCycleCompletion.Progress(self, size), new ReviewCycleCompletion.Progress(manager, size),
                new ReviewCycleCompletion.Progress(calibration, size), percent);
    }

    private Set<String> population(ReviewCycle cycle) {
        ReviewPopulation population = cycle.population(json);
        List<Reporting> covered = directory.population(population.everyone(), population.managerIds());
        Set<String> ids = new HashSet<>();
        covered.forEach(person -> ids.add(person.employeeId()));
        return ids;
    }

    /** People of the population with at least one assessment of the role in the cycle. */
    private int done(ReviewCycle cycle, AssessorRole role, Set<String> population) {
        List<String> assessed = jdbc.queryForList(
                "SELECT DISTINCT employee_id FROM competency_assessment WHERE review_cycle_id = ? AND assessor_role = ?",
                String.class, cycle.cycleId(), role.name());
        return (int) assessed.stream().filter(population::contains).count();
    }
}
