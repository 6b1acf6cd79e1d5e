package io.careerledger.query.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.ReviewCycleClosed;
import io.careerledger.events.ReviewCycleOpened;
import io.careerledger.events.ReviewPopulation;
import io.careerledger.query.api.JsonColumns;
import io.careerledger.query.support.Envelopes;

/** The review-cycle handlers, called directly. */
class ReviewCycleProjectionTest {

    private final ReviewCycleRepository cycles = mock(ReviewCycleRepository.class);
    private final ReviewCycleProjection projection = new ReviewCycleProjection(cycles, new JsonColumns(JsonMapper.builder().build()));

    @Test
    void anOpenedCycleIsKeptOpenWithItsPopulation() {
        when(cycles.existsById("h1")).thenReturn(false);
        projection.opened(Envelopes.of(opened()));
        ArgumentCaptor<ReviewCycle> saved = ArgumentCaptor.forClass(ReviewCycle.class);
        verify(cycles).save(saved.capture());
        assertThat(saved.getValue().isClosed()).isFalse();
        assertThat(saved.getValue().population(new JsonColumns(JsonMapper.builder().build())).managerIds()).containsExactly("mgr-1");
    }

    @Test
    void aClosedCycleIsClosed() {
        ReviewCycle cycle = new ReviewCycle(opened(), Envelopes.AT, new JsonColumns(JsonMapper.builder().build()));
        when(cycles.findById("h1")).thenReturn(Optional.of(cycle));
        projection.closed(Envelopes.of(new ReviewCycleClosed("h1", "hr-1")));
        assertThat(cycle.isClosed()).isTrue();
    }

    @Test
    void anEventOfACycleNeverOpenedFailsSoThatItIsParked() {
        when(cycles.findById(any())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> projection.closed(Envelopes.of(new ReviewCycleClosed("h1", "hr-1"))))
                .hasMessageContaining("never opened");
    }

    private static ReviewCycleOpened opened() {
        return new ReviewCycleOpened("h1", "First half", "fw", new ReviewPopulation(false, List.of("mgr-1"), List.of()),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1), "hr-1");
    }
}
