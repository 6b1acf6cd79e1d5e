package io.careerledger.command.framework;

import static io.careerledger.command.framework.FrameworkChange.ADDED;
import static io.careerledger.command.framework.FrameworkChange.CHANGED;
import static io.careerledger.command.framework.FrameworkChange.REMOVED;
import static io.careerledger.command.framework.FrameworkYaml.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class FrameworkDiffTest {

    private static final FrameworkYaml BEFORE = base();

    @Test
    void theSameVersionHasNoChanges() {
        assertThat(changesTo(BEFORE)).isEmpty();
    }

    @Test
    void anAddedTrack() {
        var after = BEFORE.replace("  - id: leader\n", """
                  - id: entrepreneur
                    name: Entrepreneur
                    kind: ENTREPRENEURIAL
                    levels:
                      - {level: 2, title: Innovator, grade: G2, salaryBand: B2, expectations: {craft: 2}}
                  - id: leader
                """);

        assertThat(changesTo(after)).containsExactly(
                new FrameworkChange(ADDED, "track", "tracks.entrepreneur", null, "Entrepreneur (ENTREPRENEURIAL)"));
    }

    @Test
    void aChangedLevelGrade() {
        var after = BEFORE.replace("title: Starter, grade: G1", "title: Starter, grade: F1");

        assertThat(changesTo(after)).containsExactly(new FrameworkChange(CHANGED, "level", "tracks.foundation.levels.1",
                "Starter, grade G1, band B1", "Starter, grade F1, band B1"));
    }

    @Test
    void aRemovedExpectation() {
        var after = BEFORE.replace("expectations: {people: 3, craft: 2}", "expectations: {people: 3}");

        assertThat(changesTo(after)).containsExactly(
                new FrameworkChange(REMOVED, "expectation", "tracks.leader.levels.3.expectations.craft", "2", null));
    }

    @Test
    void aChangedPolicy() {
        var after = BEFORE.replace("allowedTracks: [expert, leader]", "allowedTracks: [expert]");

        assertThat(changesTo(after)).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(CHANGED);
            assertThat(change.what()).isEqualTo("policy");
            assertThat(change.path()).isEqualTo("levelPolicies.2+");
            assertThat(change.before()).startsWith("tracks [expert, leader]");
            assertThat(change.after()).startsWith("tracks [expert]");
        });
    }

    @Test
    void aCompetencyAddedAndAMilestoneRemoved() {
        var after = BEFORE.replace("    name: People\n", "    name: People\n  - {id: writing, name: Writing}\n")
                .replace("""
                                milestones:
                                  - {id: portfolio, description: Ships a reviewed project., evidence: The reviews., timeboxMonths: 12}
                        """, "");

        assertThat(changesTo(after)).extracting(FrameworkChange::kind, FrameworkChange::path).containsExactly(
                tuple(ADDED, "competencies.writing"),
                tuple(REMOVED, "tracks.expert.levels.2.milestones.portfolio"));
    }

    private static List<FrameworkChange> changesTo(FrameworkYaml after) {
        return FrameworkDiff.between(BEFORE.definition(), after.definition());
    }
}
