package io.careerledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTest {

    @Test
    void theVersionOfAnETagIsTheExpectedVersion() {
        assertThat(IfMatch.expectedVersion("\"4\"")).isEqualTo(4L);
    }

    @Test
    void noHeaderOrAnyVersionExpectsNothing() {
        assertThat(IfMatch.expectedVersion(null)).isNull();
        assertThat(IfMatch.expectedVersion("*")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"99999999999999999999999\"", "abc", "W/\"x\"", "\"-1\"", "\"4", "\"1\", \"2\""})
    void anythingElseIsMalformed(String header) {
        assertThatThrownBy(() -> IfMatch.expectedVersion(header)).isInstanceOf(IfMatch.Malformed.class);
    }
}
