package io.careerledger.query.review;

import io.careerledger.events.MissingAssessment;
import io.careerledger.events.ReviewCycleOpened;
import io.careerledger.events.ReviewPhase;
import io.careerledger.events.ReviewPopulation;
import io.careerledger.query.api.JsonColumns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import tools.jackson.core.type.TypeReference;

/** One review cycle. Every change sets state, so applying an event again changes nothing. */
@Entity
@Table(name = "review_cycle")
class ReviewCycle {

    private static final TypeReference<List<PassedDeadline>> PASSED = new TypeReference<>() { };

    @Id
    private String cycleId;
    private String name;
    private String frameworkId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String population;
    private LocalDate selfAssessmentDeadline;
    private LocalDate managerAssessmentDeadline;
    private LocalDate calibrationDeadline;
    @Enumerated(EnumType.STRING)
    private ReviewPhase phase;
    private boolean closed;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String passedDeadlines;
    private String openedBy;
    private Instant openedAt;
    private String closedBy;
    private Instant closedAt;

    protected ReviewCycle() {
    }

    ReviewCycle(ReviewCycleOpened opened, Instant at, JsonColumns json) {
        this.cycleId = opened.cycleId();
        this.name = opened.name();
        this.frameworkId = opened.frameworkId();
        this.population = json.write(opened.population());
        this.selfAssessmentDeadline = opened.selfAssessmentDeadline();
        this.managerAssessmentDeadline = opened.managerAssessmentDeadline();
        this.calibrationDeadline = opened.calibrationDeadline();
        this.phase = ReviewPhase.SELF_ASSESSMENT;
        this.passedDeadlines = json.write(List.of());
        this.openedBy = opened.openedBy();
        this.openedAt = at;
    }

    void phaseStarted(ReviewPhase started) {
        this.phase = started;
    }

    void deadlinePassed(PassedDeadline passed, JsonColumns json) {
        List<PassedDeadline> all = new ArrayList<>(json.read(passedDeadlines, PASSED));
        if (all.stream().noneMatch(known -> known.phase() == passed.phase())) {
            all.add(passed);
            this.passedDeadlines = json.write(all);
        }
    }

    void closed(String by, Instant at) {
        this.closed = true;
        this.closedBy = by;
        this.closedAt = at;
    }

    String cycleId() {
        return cycleId;
    }

    String name() {
        return name;
    }

    ReviewPhase phase() {
        return phase;
    }

    boolean isClosed() {
        return closed;
    }

    ReviewPopulation population(JsonColumns json) {
        return json.read(population, ReviewPopulation.class);
    }

    List<PassedDeadline> passedDeadlines(JsonColumns json) {
        return json.read(passedDeadlines, PASSED);
    }

    ReviewCycleView view(JsonColumns json) {
        return new ReviewCycleView(cycleId, name, frameworkId, phase, closed, json.read(population, ReviewPopulation.class),
                selfAssessmentDeadline, managerAssessmentDeadline, calibrationDeadline, openedBy, openedAt, closedBy, closedAt);
    }

    /**
     * A deadline as it passed.
     *
     * @param missing who had not done their part by then, as the command-service recorded it; null for
     *                a revision-1 event, which recorded nobody: shown as not recorded rather than worked
     *                out again here, because the people and assessments the read side knows now are not
     *                the ones the deadline saw
     */
    record PassedDeadline(ReviewPhase phase, LocalDate deadline, Instant passedAt, List<MissingAssessment> missing) {

        /** Only the people the reader may see named; not recorded stays not recorded. */
        PassedDeadline namingOnly(Predicate<String> named) {
            return missing == null ? this : new PassedDeadline(phase, deadline, passedAt,
                    missing.stream().filter(person -> named.test(person.employeeId())).toList());
        }
    }
}
