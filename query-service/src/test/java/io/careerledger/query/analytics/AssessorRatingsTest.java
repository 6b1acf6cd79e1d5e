package io.careerledger.query.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class AssessorRatingsTest {

    @Test
    void aMeanBeyondTheThresholdOnEnoughRatingsIsLenientOrSevere() {
        assertThat(AssessorRatings.of("a", Map.of(4, 3L), 3.0, 0.5, 3).outlier()).isEqualTo("LENIENT");
        assertThat(AssessorRatings.of("a", Map.of(2, 3L), 3.0, 0.5, 3).outlier()).isEqualTo("SEVERE");
    }

    @Test
    void exactlyAtTheThresholdOrOnTooFewRatingsIsNoOutlier() {
        AssessorRatings atThreshold = AssessorRatings.of("a", Map.of(3, 1L, 4, 1L), 3.0, 0.5, 2);
        assertThat(atThreshold.mean()).isEqualTo(3.5);
        assertThat(atThreshold.deviation()).isEqualTo(0.5);
        assertThat(atThreshold.outlier()).isNull();
        assertThat(AssessorRatings.of("a", Map.of(1, 2L), 3.0, 0.5, 3).outlier()).isNull();
    }
}
