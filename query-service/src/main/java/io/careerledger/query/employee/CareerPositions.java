package io.careerledger.query.employee;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.careerledger.events.TrackLevel;
import io.careerledger.query.framework.FrameworkDefinitions;

/** Judges a person's track and level against the framework version it was decided under: one rule for every view. */
@Component
class CareerPositions {

    private final FrameworkDefinitions frameworks;

    CareerPositions(FrameworkDefinitions frameworks) {
        this.frameworks = frameworks;
    }

    CareerPosition of(EmployeeView view) {
        Integer version = view.frameworkVersion() != null || view.frameworkId() == null
                ? view.frameworkVersion()
                : frameworks.versionInForce(view.frameworkId()).orElse(null);
        Optional<TrackLevel> level = Optional.ofNullable(view.trackId()).filter(track -> version != null)
                .flatMap(track -> frameworks.version(view.frameworkId(), version))
                .flatMap(framework -> framework.track(view.trackId()))
                .flatMap(track -> track.level(view.level()));
        return new CareerPosition(view.frameworkId(), version, view.trackId(), view.level(), view.levelSince(),
                level.map(TrackLevel::title).orElse(null), level.map(TrackLevel::grade).orElse(null),
                level.map(TrackLevel::salaryBand).orElse(null));
    }
}
