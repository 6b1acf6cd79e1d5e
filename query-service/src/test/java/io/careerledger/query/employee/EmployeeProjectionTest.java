package io.careerledger.query.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.careerledger.events.EmployeeOffboarded;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.ManagerChanged;
import io.careerledger.events.PromotionApplied;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.ReadinessSnapshot;
import io.careerledger.events.TrackChosen;
import io.careerledger.query.support.Envelopes;

/** The employee view's handlers, called directly: where the person stands after each kind of event. */
class EmployeeProjectionTest {

    private static final LocalDate HIRED = LocalDate.of(2022, 5, 2);

    private final EmployeeViewRepository employees = mock(EmployeeViewRepository.class);
    private final EmployeeProjection projection = new EmployeeProjection(employees);
    private EmployeeView dennis;

    @BeforeEach
    void dennisIsRegisteredAtLevelFour() {
        dennis = new EmployeeView("dennis", "Dennis Ritchie", "dennis@example.org", "mgr-1", "three-track", 4, HIRED, Envelopes.AT);
        when(employees.findById("dennis")).thenReturn(Optional.of(dennis));
        when(employees.save(any())).thenAnswer(saved -> saved.getArgument(0));
    }

    @Test
    void aRegistrationStartsTheLevelAtTheHireDate() {
        when(employees.findById("ken")).thenReturn(Optional.empty());
        projection.registered(Envelopes.of(new EmployeeRegistered("ken", "Ken Thompson", "ken@example.org", null, "three-track", 3, HIRED)));
        org.mockito.Mockito.verify(employees).save(org.mockito.ArgumentMatchers.argThat(view ->
                view.level() == 3 && HIRED.equals(view.levelSince()) && view.trackId() == null));
    }

    @Test
    void aRegistrationSeenAgainCorrectsTheNameAndKeepsThePosition() {
        projection.trackChosen(Envelopes.of(new TrackChosen("dennis", "three-track", 2, null, "expert", 4, "Fits", "mgr-1", null)));
        projection.registered(Envelopes.of(new EmployeeRegistered("dennis", "Dennis M. Ritchie", "dmr@example.org", "mgr-1",
                "three-track", 4, HIRED)));
        assertThat(dennis.fullName()).isEqualTo("Dennis M. Ritchie");
        assertThat(dennis.trackId()).isEqualTo("expert");
    }

    @Test
    void aPromotionMovesTheLevelOnFromItsEffectiveDateUnderTheVersionItWasNominatedUnder() {
        projection.trackChosen(Envelopes.of(new TrackChosen("dennis", "three-track", 1, null, "expert", 4, "Fits", "mgr-1", null)));
        projection.promotionNominated(Envelopes.of(new PromotionNominated("dennis", "case-1", "three-track", 2, "expert", 4, 5, "Ready",
                null, "mgr-1", new ReadinessSnapshot(java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of()))));
        projection.promotionApplied(Envelopes.of(new PromotionApplied("dennis", "case-1", 4, 5, "Principal", "G5", "B5",
                LocalDate.of(2026, 4, 1))));
        assertThat(dennis.level()).isEqualTo(5);
        assertThat(dennis.levelSince()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(dennis.frameworkVersion()).isEqualTo(2);
    }

    @Test
    void aSwitchAtTheSameLevelKeepsTheTimeInLevel() {
        projection.trackChosen(Envelopes.of(new TrackChosen("dennis", "three-track", 1, "expert", "leader", 4, "Leads", "mgr-1", null)));
        assertThat(dennis.trackId()).isEqualTo("leader");
        assertThat(dennis.levelSince()).isEqualTo(HIRED);
    }

    @Test
    void aSwitchToAnotherLevelRestartsTheTimeInLevelOnTheDayItWasAgreed() {
        projection.trackChosen(Envelopes.of(new TrackChosen("dennis", "three-track", 1, "expert", "leader", 3, "Leads", "mgr-1", null)));
        assertThat(dennis.level()).isEqualTo(3);
        assertThat(dennis.levelSince()).isEqualTo(LocalDate.ofInstant(Envelopes.AT, ZoneOffset.UTC));
    }

    @Test
    void aManagerChangeMovesThePersonToTheNewTeam() {
        projection.managerChanged(Envelopes.of(new ManagerChanged("dennis", "mgr-1", "mgr-2")));
        assertThat(dennis.managerId()).isEqualTo("mgr-2");
    }

    @Test
    void anOffboardingRecordsTheLastWorkingDay() {
        projection.offboarded(Envelopes.of(new EmployeeOffboarded("dennis", LocalDate.of(2026, 6, 30), "Retired")));
        assertThat(dennis.offboardedOn()).isEqualTo(LocalDate.of(2026, 6, 30));
    }
}
