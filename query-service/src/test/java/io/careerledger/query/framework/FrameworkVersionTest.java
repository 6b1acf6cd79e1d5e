package io.careerledger.query.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.FrameworkDefinition;
import io.careerledger.query.api.JsonColumns;
import io.careerledger.events.Track;

/** A version's transitions set state, so a fact applied twice (a rebuild over a filled generation) changes nothing. */
class FrameworkVersionTest {

    private static final Instant PROPOSED_AT = Instant.parse("2026-03-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-06-01");

    private final JsonColumns json = new JsonColumns(JsonMapper.builder().build());
    private final FrameworkVersion version = new FrameworkVersion("three-track", 1, new FrameworkDefinition("three-track",
            "Three tracks", null, List.of(), List.of(), List.of(new Track("expert", "Expert", "INDIVIDUAL_CONTRIBUTOR", List.of()),
            new Track("leader", "People Leader", "PEOPLE_LEADERSHIP", List.of())), List.of(), List.of(), false), json);

    @Test
    void aCouncilMemberApprovesOnce() {
        version.proposed("Clearer levels", "council-1", 2, PROPOSED_AT);
        Approval approval = new Approval("council-2", "Looks right", PROPOSED_AT.plusSeconds(60));

        version.approved(approval, json);
        version.approved(new Approval("council-2", "Looks right", PROPOSED_AT.plusSeconds(120)), json);

        VersionSummary summary = version.summary(json);
        assertThat(summary.approvals()).containsExactly(approval);
        assertThat(summary.status()).isEqualTo(VersionStatus.PROPOSED);
        assertThat(summary.proposedBy()).isEqualTo("council-1");
        assertThat(summary.proposedAt()).isEqualTo(PROPOSED_AT);
    }

    @Test
    void aRescheduledRetirementReplacesTheEarlierOneAndCountsFromItsSunsetDate() {
        version.published(TODAY.plusMonths(9), PROPOSED_AT);
        version.retirementScheduled(new ScheduledRetirement("leader", TODAY.plusDays(30), "expert", "Merged", PROPOSED_AT), json);
        version.retirementScheduled(new ScheduledRetirement("leader", TODAY, "expert", "Merged sooner", PROPOSED_AT), json);

        List<CatalogueTrack> tracks = version.inForce(json, TODAY).tracks();

        assertThat(tracks.get(0).retirement()).isNull();
        assertThat(tracks.get(0).pastSunset()).isFalse();
        assertThat(tracks.get(1).retirement().reason()).isEqualTo("Merged sooner");
        assertThat(tracks.get(1).pastSunset()).isTrue();
        assertThat(version.inForce(json, TODAY.minusDays(1)).tracks().get(1).pastSunset()).isFalse();
    }

    @Test
    void aRejectionKeepsWhoAndWhy() {
        version.rejected("council-2", List.of("Levels overlap"), PROPOSED_AT, json);

        VersionSummary summary = version.summary(json);
        assertThat(summary.status()).isEqualTo(VersionStatus.REJECTED);
        assertThat(summary.rejectedBy()).isEqualTo("council-2");
        assertThat(summary.rejectionReasons()).containsExactly("Levels overlap");
        assertThat(summary.rejectedAt()).isEqualTo(PROPOSED_AT);
    }
}
