package io.careerledger.support.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsistencyTokenTest {

    @Test
    void readsBackTheAggregateAndSequenceItWasWrittenWith() {
        ConsistencyToken token = new ConsistencyToken("f7e2a9c0-1b3d-4e5f-8012-34567890abcd", 4);

        assertThat(token.encoded()).isEqualTo(ConsistencyToken.EXAMPLE);
        assertThat(ConsistencyToken.decode(token.encoded())).isEqualTo(token);
    }

    /** Framework ids are chosen by people; a colon or any letter in one survives, and the token stays header-safe. */
    @Test
    void anIdWithColonsAndAccentsSurvivesInAHeaderSafeValue() {
        ConsistencyToken token = new ConsistencyToken("fw:ingénierie:2", 12);

        assertThat(token.encoded()).matches("[A-Za-z0-9_-]+");
        assertThat(ConsistencyToken.decode(token.encoded())).isEqualTo(token);
    }

    /** A command that found its record with no event (-1) still answers a token; it is passed at once. */
    @Test
    void aRecordWithoutEventsHasSequenceMinusOne() {
        assertThat(ConsistencyToken.decode(new ConsistencyToken("case-1", -1).encoded()).sequence()).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "not base64!", "NDo", "eDphYmM", "LTI6YWJj", "YWJj"})
    void anythingElseIsMalformed(String header) {
        // "NDo" is "4:" (no id), "eDphYmM" "x:abc", "LTI6YWJj" "-2:abc", "YWJj" "abc" (no sequence)
        assertThatThrownBy(() -> ConsistencyToken.decode(header)).isInstanceOf(ConsistencyToken.Malformed.class)
                .hasMessageContaining(ConsistencyToken.HEADER);
    }

    @Test
    void aHugeHeaderIsRefusedBeforeItIsDecoded() {
        assertThatThrownBy(() -> ConsistencyToken.decode("A".repeat(10_000))).isInstanceOf(ConsistencyToken.Malformed.class);
    }
}
