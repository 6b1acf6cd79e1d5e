package io.careerledger.query.promotion;

import io.careerledger.events.FeedbackStance;
import io.careerledger.events.PromotionDecided;
import io.careerledger.events.PromotionDecision;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.ReadinessSnapshot;
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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import tools.jackson.core.type.TypeReference;
import io.careerledger.events.PersonalDataCipher;

/** One promotion case as it stands now. Evidence and stances are kept once per id / member, so a replay adds nothing. */
@Entity
@Table(name = "promotion_case")
class PromotionCase {

    private static final TypeReference<List<PromotionCaseView.Evidence>> EVIDENCE = new TypeReference<>() { };
    private static final TypeReference<List<PromotionCaseView.MemberStance>> STANCES = new TypeReference<>() { };

    @Id
    private String caseId;
    private String employeeId;
    private String nominatedBy;
    private String frameworkId;
    private int frameworkVersion;
    private String trackId;
    private int fromLevel;
    private int toLevel;
    private String justification;
    private String skipReason;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String readiness;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String evidence;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String stances;
    @Enumerated(EnumType.STRING)
    private PromotionCaseStatus status;
    @Enumerated(EnumType.STRING)
    private PromotionDecision decision;
    private String rationale;
    private String decidedBy;
    private Instant decidedAt;
    private LocalDate effectiveDate;
    private String withdrawnBy;
    private String withdrawalReason;
    private String failureReason;
    private LocalDate levelSince;
    private LocalDate promotedOn;
    private Instant nominatedAt;
    private Instant updatedAt;

    protected PromotionCase() {
    }

    /** @param levelSince when the person's current level began: the days in level a promotion ends are counted from it */
    PromotionCase(PromotionNominated nominated, LocalDate levelSince, Instant at, JsonColumns json) {
        this.caseId = nominated.caseId();
        this.employeeId = nominated.employeeId();
        this.nominatedBy = nominated.nominatedBy();
        this.frameworkId = nominated.frameworkId();
        this.frameworkVersion = nominated.frameworkVersion();
        this.trackId = nominated.trackId();
        this.fromLevel = nominated.fromLevel();
        this.toLevel = nominated.toLevel();
        this.justification = nominated.justification();
        this.skipReason = nominated.skipReason();
        this.readiness = json.write(nominated.readiness());
        this.evidence = json.write(List.of());
        this.stances = json.write(List.of());
        this.status = PromotionCaseStatus.OPEN;
        this.levelSince = levelSince;
        this.nominatedAt = at;
        this.updatedAt = at;
    }

    void evidenceAttached(PromotionCaseView.Evidence attached, JsonColumns json) {
        List<PromotionCaseView.Evidence> all = new ArrayList<>(json.read(evidence, EVIDENCE));
        if (all.stream().noneMatch(known -> known.evidenceId().equals(attached.evidenceId()))) {
            all.add(attached);
            this.evidence = json.write(all);
            this.updatedAt = attached.attachedAt();
        }
    }

    /** @return the stance the member held before, if any */
    Optional<FeedbackStance> feedbackGiven(PromotionCaseView.MemberStance given, JsonColumns json) {
        List<PromotionCaseView.MemberStance> all = new ArrayList<>(json.read(stances, STANCES));
        Optional<FeedbackStance> previous = all.stream().filter(held -> held.memberId().equals(given.memberId()))
                .map(PromotionCaseView.MemberStance::stance).findFirst();
        all.removeIf(held -> held.memberId().equals(given.memberId()));
        all.add(given);
        all.sort(Comparator.comparing(PromotionCaseView.MemberStance::memberId));
        this.stances = json.write(all);
        this.updatedAt = given.givenAt();
        return previous;
    }

    void decided(PromotionDecided decided, Instant at) {
        this.status = PromotionCaseStatus.DECIDED;
        this.decision = decided.decision();
        this.rationale = decided.rationale();
        this.decidedBy = decided.decidedBy();
        this.decidedAt = at;
        this.effectiveDate = decided.effectiveDate();
        this.updatedAt = at;
    }

    void withdrawn(String by, String reason, Instant at) {
        this.status = PromotionCaseStatus.WITHDRAWN;
        this.withdrawnBy = by;
        this.withdrawalReason = reason;
        this.updatedAt = at;
    }

    void applied(LocalDate effectiveDate) {
        this.promotedOn = effectiveDate;
    }

    void promoted(Instant at) {
        this.status = PromotionCaseStatus.PROMOTED;
        this.updatedAt = at;
    }

    void promotionFailed(String reason, Instant at) {
        this.status = PromotionCaseStatus.PROMOTION_FAILED;
        this.failureReason = reason;
        this.updatedAt = at;
    }

    String caseId() {
        return caseId;
    }

    String employeeId() {
        return employeeId;
    }

    String nominatedBy() {
        return nominatedBy;
    }

    String frameworkId() {
        return frameworkId;
    }

    int frameworkVersion() {
        return frameworkVersion;
    }

    PromotionCaseStatus status() {
        return status;
    }

    PromotionDecision decision() {
        return decision;
    }

    int toLevel() {
        return toLevel;
    }

    /** Still moving towards a new level: open, or approved and not promoted or failed yet. */
    boolean underWay() {
        return status.underWay(decision);
    }

    /** @param withIndividualFeedback false for the employee the case is about: counts per stance only */
    PromotionCaseView view(boolean withIndividualFeedback, JsonColumns json) {
        List<PromotionCaseView.MemberStance> held = json.read(stances, STANCES);
        Map<FeedbackStance, Integer> counts = new EnumMap<>(FeedbackStance.class);
        for (FeedbackStance stance : FeedbackStance.values()) {
            counts.put(stance, (int) held.stream().filter(member -> member.stance() == stance).count());
        }
        return new PromotionCaseView(caseId, employeeId, nominatedBy, frameworkId, frameworkVersion, trackId, fromLevel,
                toLevel, justification, skipReason, status, decision, rationale, decidedBy, decidedAt, effectiveDate,
                withdrawnBy, withdrawalReason, failureReason, nominatedAt, json.read(readiness, ReadinessSnapshot.class),
                json.read(evidence, EVIDENCE), counts, withIndividualFeedback ? held : null);
    }

    /** The person's data was erased: the case's texts go, its facts (levels, stances, decision, dates) stay. */
    void personalDataErased(JsonColumns json) {
        this.justification = PersonalDataCipher.ERASED;
        this.skipReason = PersonalDataCipher.erase(skipReason);
        this.rationale = PersonalDataCipher.erase(rationale);
        this.withdrawalReason = PersonalDataCipher.erase(withdrawalReason);
        this.evidence = json.write(json.read(evidence, EVIDENCE).stream().map(item -> new PromotionCaseView.Evidence(item.evidenceId(),
                PersonalDataCipher.erase(item.description()), PersonalDataCipher.erase(item.link()), item.attachedBy(), item.attachedAt()))
                .toList());
        this.stances = json.write(json.read(stances, STANCES).stream().map(held -> new PromotionCaseView.MemberStance(held.memberId(),
                held.stance(), PersonalDataCipher.erase(held.comment()), held.givenAt())).toList());
    }
}
