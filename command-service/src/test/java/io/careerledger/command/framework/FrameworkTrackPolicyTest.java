package io.careerledger.command.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.careerledger.events.FrameworkDefinition;

/** The level rules of seed 000, as the three-track sample states them, checked through trackRefusal. */
class FrameworkTrackPolicyTest {

    private final FrameworkDefinition threeTrack = Samples.load("three-track");

    @Test
    void levelOneIsOnTheFoundationTrackOnly() {
        assertThat(threeTrack.trackRefusal("foundation", 1)).isEmpty();
        assertThat(threeTrack.trackRefusal("expert", 1)).contains(
                "Level 1 employees follow the foundation track to build broad experience first; 'expert' is allowed at levels 2–4.");
    }

    @Test
    void levelsTwoToFourMayPickAnyOfTheThreeTracks() {
        assertThat(threeTrack.trackRefusal("expert", 3)).isEmpty();
        assertThat(threeTrack.trackRefusal("entrepreneur", 3)).isEmpty();
        assertThat(threeTrack.trackRefusal("people-leader", 3)).isEmpty();
    }

    @Test
    void fromLevelFiveOnlyTheDirectorTrack() {
        assertThat(threeTrack.trackRefusal("director", 5)).isEmpty();
        assertThat(threeTrack.trackRefusal("people-leader", 5)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("From level 5 people lead on the director track")
                .endsWith("'people-leader' is allowed at levels 2–4."));
    }

    @Test
    void theDirectorTrackAlsoExpectsExpertAndEntrepreneurialCompetencies() {
        assertThat(threeTrack.track("director").orElseThrow().levels()).allSatisfy(level -> {
            assertThat(level.expectation("craft")).isPresent();
            assertThat(level.expectation("opportunity-spotting")).isPresent();
        });
    }

    @Test
    void aTrackOrLevelThatDoesNotExistIsRefused() {
        assertThat(threeTrack.trackRefusal("astronaut", 3)).contains("The framework has no track 'astronaut'.");
        assertThat(threeTrack.trackRefusal("director", 7))
                .contains("Track 'director' has no level 7; 'director' is allowed at levels 5–6.");
    }
}
