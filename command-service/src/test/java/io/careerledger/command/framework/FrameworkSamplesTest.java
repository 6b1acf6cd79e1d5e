package io.careerledger.command.framework;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.careerledger.events.FrameworkDefinition;

class FrameworkSamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"three-track", "dual-ladder", "four-track"})
    void eachSampleLoadsWithoutViolations(String id) {
        FrameworkDefinition framework = Samples.load(id);

        assertThat(framework.frameworkId()).isEqualTo(id);
        assertThat(framework.tracks()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(framework.tracks()).allSatisfy(track -> assertThat(track.levels()).isNotEmpty());
    }
}
