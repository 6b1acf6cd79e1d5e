package io.careerledger.events;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Who a review cycle covers: everyone, or the reports of the listed managers and the listed teams.
 */
public record ReviewPopulation(boolean everyone, @NotNull List<@NotNull @Size(max = Limits.ID) String> managerIds, @NotNull List<@NotNull @Size(max = Limits.NAME) String> teams) {

    public ReviewPopulation {
        managerIds = managerIds == null ? List.of() : List.copyOf(managerIds);
        teams = teams == null ? List.of() : List.copyOf(teams);
    }
}
