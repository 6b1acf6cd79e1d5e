package io.careerledger.events;

import java.util.List;

/**
 * Who a review cycle covers: everyone, or the reports of the listed managers and the listed teams.
 */
public record ReviewPopulation(boolean everyone, List<String> managerIds, List<String> teams) {

    public ReviewPopulation {
        managerIds = managerIds == null ? List.of() : List.copyOf(managerIds);
        teams = teams == null ? List.of() : List.copyOf(teams);
    }
}
