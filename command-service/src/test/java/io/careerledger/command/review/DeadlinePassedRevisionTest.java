package io.careerledger.command.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.careerledger.events.ReviewCycleDeadlinePassed;
import io.careerledger.events.ReviewPhase;

/** Deadlines stored before revision 2 still load, with no missing list recorded. */
class DeadlinePassedRevisionTest {

    @Test
    void aRevisionOneEventReadsWithAnEmptyMissingList() throws Exception {
        try (InputStream stored = getClass().getResourceAsStream("/contract/examples/ReviewCycleDeadlinePassed.v1.json")) {
            ReviewCycleDeadlinePassed old = new ObjectMapper().findAndRegisterModules().readValue(stored, ReviewCycleDeadlinePassed.class);

            assertThat(old.phase()).isEqualTo(ReviewPhase.SELF_ASSESSMENT);
            assertThat(old.missing()).isEmpty();
        }
    }
}
