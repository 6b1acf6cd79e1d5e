package io.careerledger.query.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.PromotionApplied;
import io.careerledger.events.PromotionCompleted;
import io.careerledger.events.PromotionDecided;
import io.careerledger.events.PromotionDecision;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.PromotionWithdrawn;
import io.careerledger.events.ReadinessSnapshot;
import io.careerledger.query.api.JsonColumns;
import io.careerledger.query.employee.EmployeeDirectory;
import io.careerledger.query.support.Envelopes;
import io.careerledger.query.personaldata.PersonalDataReader;

/** The promotion-case handlers, called directly: one status vocabulary, OPEN → DECIDED → PROMOTED. */
class PromotionCaseProjectionTest {

    private static final JsonColumns JSON = new JsonColumns(JsonMapper.builder().build());

    private final PromotionCaseRepository cases = mock(PromotionCaseRepository.class);
    private final PromotionStepRepository steps = mock(PromotionStepRepository.class);
    private final PromotionCaseProjection projection = new PromotionCaseProjection(cases, steps, JSON, mock(EmployeeDirectory.class),
            plaintextReader());
    private PromotionCase promotionCase;

    @BeforeEach
    void aCaseWasNominated() {
        promotionCase = new PromotionCase(new PromotionNominated("ada", "case-1", "fw", 2, "expert", 4, 5, "Ready", null, "mgr-1",
                new ReadinessSnapshot(List.of(), List.of(), List.of(), List.of())), LocalDate.of(2024, 4, 1), Envelopes.AT, JSON);
        when(cases.findById("case-1")).thenReturn(Optional.of(promotionCase));
        when(steps.existsByEventId(any())).thenReturn(false);
    }

    @Test
    void anApprovedCaseIsUnderWayUntilItsPromotionCompletes() {
        projection.decided(Envelopes.of(new PromotionDecided("ada", "case-1", PromotionDecision.APPROVE, "Meets level 5", "council-1",
                LocalDate.of(2026, 4, 1), 3)));
        projection.applied(Envelopes.of(new PromotionApplied("ada", "case-1", 4, 5, "Principal", "G5", "B5", LocalDate.of(2026, 4, 1))));
        assertThat(promotionCase.status()).isEqualTo(PromotionCaseStatus.DECIDED);
        assertThat(promotionCase.underWay()).isTrue();

        projection.completed(Envelopes.of(new PromotionCompleted("ada", "case-1", 5)));
        assertThat(promotionCase.status()).isEqualTo(PromotionCaseStatus.PROMOTED);
        assertThat(promotionCase.underWay()).isFalse();
    }

    @Test
    void aRejectedCaseIsNoLongerUnderWay() {
        projection.decided(Envelopes.of(new PromotionDecided("ada", "case-1", PromotionDecision.REJECT, "Not yet", "council-1", null, 3)));
        assertThat(promotionCase.underWay()).isFalse();
    }

    @Test
    void aWithdrawnCaseIsWithdrawn() {
        projection.withdrawn(Envelopes.of(new PromotionWithdrawn("ada", "case-1", "Too early", "mgr-1")));
        assertThat(promotionCase.status()).isEqualTo(PromotionCaseStatus.WITHDRAWN);
    }

    @Test
    void anEventOfACaseNeverNominatedFailsSoThatItIsParked() {
        when(cases.findById("case-2")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> projection.completed(Envelopes.of(new PromotionCompleted("ada", "case-2", 5))))
                .hasMessageContaining("never nominated");
    }

    /** The events of these tests carry plaintext: the reader hands each text back as it is. */
    private static PersonalDataReader plaintextReader() {
        PersonalDataReader reader = mock(PersonalDataReader.class);
        when(reader.open(any(String.class))).thenAnswer(invocation -> invocation.getArgument(0));
        return reader;
    }
}
