package io.careerledger.events;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A level of a track, with the grade and salary band it pays and what it expects. */
public record TrackLevel(int level, String title, String grade, String salaryBand,
        List<Expectation> expectations, List<Milestone> milestones) {

    public TrackLevel {
        expectations = expectations == null ? List.of() : List.copyOf(expectations);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    public Optional<Expectation> expectation(String competencyId) {
        return expectations.stream().filter(e -> Objects.equals(e.competencyId(), competencyId)).findFirst();
    }
}
