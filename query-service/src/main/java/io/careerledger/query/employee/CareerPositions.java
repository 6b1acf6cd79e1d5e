package io.careerledger.query.employee;

import java.time.LocalDate;
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
        return judged(view.frameworkId(), version, view.trackId(), view.level(), view.levelSince());
    }

    /** The title, grade and band of {@code level} on {@code trackId} under that version; absent without a track. */
    CareerPosition judged(String frameworkId, Integer version, String trackId, int level, LocalDate levelSince) {
        Optional<TrackLevel> judged = Optional.ofNullable(trackId).filter(track -> version != null)
                .flatMap(track -> frameworks.version(frameworkId, version))
                .flatMap(framework -> framework.track(trackId))
                .flatMap(track -> track.level(level));
        return new CareerPosition(frameworkId, version, trackId, level, levelSince,
                judged.map(TrackLevel::title).orElse(null), judged.map(TrackLevel::grade).orElse(null),
                judged.map(TrackLevel::salaryBand).orElse(null));
    }
}
