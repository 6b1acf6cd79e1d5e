package io.careerledger.query.asof;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.careerledger.query.audit.EventHistory;
import io.careerledger.query.dashboard.CompetencyMatrix;
import io.careerledger.query.dashboard.CompetencyMatrix.Matrix;
import io.careerledger.query.employee.CareerPosition;
import io.careerledger.query.employee.EmployeeDirectory;
import io.careerledger.query.framework.FrameworkDefinitions;

/**
 * A person's career as of an instant: their events up to it, from the query side's own audit log,
 * folded and judged by the framework version that counted for them then.
 */
@Service
class CareersAsOf {

    private final EventHistory history;
    private final FrameworkDefinitions frameworks;
    private final EmployeeDirectory directory;

    CareersAsOf(EventHistory history, FrameworkDefinitions frameworks, EmployeeDirectory directory) {
        this.history = history;
        this.frameworks = frameworks;
        this.directory = directory;
    }

    /** @return empty before the person's first event (or when there is no such person) */
    Optional<CareerAsOf> of(String employeeId, Instant at) {
        CareerFold fold = new CareerFold();
        history.upTo(employeeId, at).forEach(recorded -> fold.on(recorded.event(), recorded.occurredAt()));
        if (!fold.begun()) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        // as on the dashboard: the version the level was decided under, and before a track was chosen the one in force then
        Integer version = fold.frameworkVersion() != null || fold.frameworkId() == null
                ? fold.frameworkVersion()
                : frameworks.versionInForceAt(fold.frameworkId(), at).orElse(null);
        Matrix matrix = Optional.ofNullable(fold.trackId())
                .flatMap(track -> frameworks.version(fold.frameworkId(), fold.frameworkVersion()))
                .map(framework -> CompetencyMatrix.of(framework, fold.trackId(), fold.level(), fold.ratings(), fold.verifiedMilestones()))
                .orElseGet(() -> new Matrix(List.of(), null));
        CareerPosition position = directory.position(fold.frameworkId(), version, fold.trackId(), fold.level(), fold.levelSince());
        return Optional.of(new CareerAsOf(at, fold.lastEventAt(), fold.events(), employeeId, fold.registration().fullName(),
                fold.managerId(), fold.frameworkId(), version, fold.trackId(), fold.level(), position.title(), position.grade(),
                position.salaryBand(),
                fold.levelSince(), ChronoUnit.DAYS.between(fold.levelSince(), day), fold.offboardedOn(), matrix.competencies(),
                matrix.readiness(), fold.goals(day), fold.openCase().orElse(null)));
    }
}
