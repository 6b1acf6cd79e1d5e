package io.careerledger.events;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A level of a track, with the grade and salary band it pays and what it expects. */
public record TrackLevel(int level, @NotNull @Size(max = Limits.NAME) String title, @NotNull @Size(max = Limits.NAME) String grade, @NotNull @Size(max = Limits.NAME) String salaryBand,
        @NotNull @Valid List<Expectation> expectations, @NotNull @Valid List<Milestone> milestones) {

    public TrackLevel {
        expectations = expectations == null ? List.of() : List.copyOf(expectations);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    public Optional<Expectation> expectation(String competencyId) {
        return expectations.stream().filter(e -> Objects.equals(e.competencyId(), competencyId)).findFirst();
    }
}
