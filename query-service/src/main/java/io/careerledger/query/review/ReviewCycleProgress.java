package io.careerledger.query.review;

import io.careerledger.events.AssessorRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who a cycle covers and who has done what in it, worked out when asked from the employee read model
 * and the cycle's assessments. The population is everyone, or the direct reports of the listed
 * managers; the employee read model knows no teams, so listed teams add nobody here.
 */
@Component
class ReviewCycleProgress {

    private static final String POPULATION = """
            WITH population AS (
                SELECT e.employee_id, e.manager_id FROM review_cycle c JOIN employee_view e
                  ON (c.population ->> 'everyone')::boolean
                  OR e.manager_id IN (SELECT jsonb_array_elements_text(c.population -> 'managerIds'))
                WHERE c.cycle_id = ?)
            """;
    private static final String DONE = """
            EXISTS (SELECT 1 FROM review_assessment a WHERE a.cycle_id = ? AND a.employee_id = p.employee_id
                    AND a.assessor_role = '%s')""";

    private final JdbcTemplate jdbc;

    ReviewCycleProgress(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int populationSize(String cycleId) {
        return jdbc.queryForObject(POPULATION + "SELECT count(*) FROM population p", Integer.class, cycleId);
    }

    ReviewCycleCompletion completion(ReviewCycle cycle) {
        String id = cycle.cycleId();
        return jdbc.queryForObject(POPULATION + "SELECT count(*) AS population, "
                        + "count(*) FILTER (WHERE " + DONE.formatted(AssessorRole.SELF) + ") AS self_done, "
                        + "count(*) FILTER (WHERE " + DONE.formatted(AssessorRole.MANAGER) + ") AS manager_done, "
                        + "count(*) FILTER (WHERE " + DONE.formatted(AssessorRole.COUNCIL) + ") AS calibration_done "
                        + "FROM population p",
                (row, number) -> {
                    int population = row.getInt("population");
                    int self = row.getInt("self_done");
                    int manager = row.getInt("manager_done");
                    int calibration = row.getInt("calibration_done");
                    double percent = population == 0 ? 0 : Math.round(1000.0 * (self + manager + calibration) / (3.0 * population)) / 10.0;
                    return new ReviewCycleCompletion(id, cycle.name(), cycle.phase(), cycle.isClosed(), population,
                            new ReviewCycleCompletion.Progress(self, population),
                            new ReviewCycleCompletion.Progress(manager, population),
                            new ReviewCycleCompletion.Progress(calibration, population), percent);
                },
                id, id, id, id);
    }
}
