package io.careerledger.query.framework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import tools.jackson.core.type.TypeReference;

import io.careerledger.events.FrameworkDefinition;
import io.careerledger.query.api.JsonColumns;

/**
 * One version of a framework in the catalogue. Every change sets state rather than adding to it, so
 * applying an event again (a rebuild, a replay) leaves the row as it was.
 */
@Entity
@Table(name = "framework_version")
@IdClass(FrameworkVersion.Key.class)
class FrameworkVersion {

    private static final TypeReference<List<Approval>> APPROVALS = new TypeReference<>() { };
    private static final TypeReference<List<String>> REASONS = new TypeReference<>() { };
    /** By track id. */
    private static final TypeReference<TreeMap<String, ScheduledRetirement>> RETIREMENTS = new TypeReference<>() { };

    @Id
    private String frameworkId;
    @Id
    private int version;
    private String name;
    @Enumerated(EnumType.STRING)
    private VersionStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String definition;
    private String rationale;
    private String proposedBy;
    private Integer requiredApprovals;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String approvals;
    private String rejectedBy;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String rejectionReasons;
    /** Retirements scheduled while this version was in force, by track id. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String retirements;
    private Instant proposedAt;
    private Instant publishedAt;
    private Instant rejectedAt;
    private LocalDate annualReviewDue;
    private boolean annualReviewOverdue;

    protected FrameworkVersion() {
    }

    FrameworkVersion(String frameworkId, int version, FrameworkDefinition definition, JsonColumns json) {
        this.frameworkId = frameworkId;
        this.version = version;
        this.name = definition.name();
        this.status = VersionStatus.PROPOSED;
        this.definition = json.write(definition);
        this.approvals = json.write(List.of());
        this.rejectionReasons = json.write(List.of());
        this.retirements = json.write(Map.of());
    }

    void proposed(String rationale, String proposedBy, int requiredApprovals, Instant at) {
        this.rationale = rationale;
        this.proposedBy = proposedBy;
        this.requiredApprovals = requiredApprovals;
        this.proposedAt = at;
    }

    /** A council member approves once; their approval seen again changes nothing. */
    void approved(Approval approval, JsonColumns json) {
        List<Approval> all = new ArrayList<>(json.read(approvals, APPROVALS));
        if (all.stream().noneMatch(existing -> existing.approvedBy().equals(approval.approvedBy()))) {
            all.add(approval);
            approvals = json.write(all);
        }
    }

    void rejected(String rejectedBy, List<String> reasons, Instant at, JsonColumns json) {
        this.status = VersionStatus.REJECTED;
        this.rejectedBy = rejectedBy;
        this.rejectionReasons = json.write(reasons);
        this.rejectedAt = at;
    }

    void published(LocalDate annualReviewDue, Instant at) {
        this.status = VersionStatus.PUBLISHED;
        this.annualReviewDue = annualReviewDue;
        this.publishedAt = at;
    }

    void superseded() {
        status = VersionStatus.SUPERSEDED;
    }

    /** A later schedule for the same track replaces the earlier one, as on the command side. */
    void retirementScheduled(ScheduledRetirement retirement, JsonColumns json) {
        Map<String, ScheduledRetirement> all = json.read(retirements, RETIREMENTS);
        all.put(retirement.trackId(), retirement);
        retirements = json.write(all);
    }

    void annualReviewDue() {
        annualReviewOverdue = true;
    }

    int version() {
        return version;
    }

    VersionSummary summary(JsonColumns json) {
        return new VersionSummary(frameworkId, version, name, status, rationale, proposedBy, requiredApprovals,
                json.read(approvals, APPROVALS), rejectedBy, json.read(rejectionReasons, REASONS), proposedAt, publishedAt, rejectedAt,
                annualReviewDue, annualReviewOverdue);
    }

    FrameworkDefinition definition(JsonColumns json) {
        return json.read(definition, FrameworkDefinition.class);
    }

    VersionDetail detail(JsonColumns json) {
        return new VersionDetail(summary(json), definition(json));
    }

    FrameworkInForce inForce(JsonColumns json, LocalDate today) {
        FrameworkDefinition document = json.read(definition, FrameworkDefinition.class);
        Map<String, ScheduledRetirement> scheduled = json.read(retirements, RETIREMENTS);
        return new FrameworkInForce(frameworkId, version, document.name(), document.description(), publishedAt,
                annualReviewDue, annualReviewOverdue, document.proficiencyScale(), document.competencies(),
                document.tracks().stream().map(track -> CatalogueTrack.of(track, scheduled.get(track.id()), today)).toList(),
                document.levelPolicies(), document.parityExceptions(), document.switchRequiresManagerAgreement());
    }

    /** The primary key: a framework's versions are numbered from 1. */
    record Key(String frameworkId, int version) {
    }
}
