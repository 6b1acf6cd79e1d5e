package io.careerledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.GoalProgressRecorded;
import io.careerledger.events.GoalSet;
import io.careerledger.events.TrackChosen;

class SyntheticOrganisationTest {

    private static final BenchSettings SMALL = new BenchSettings(25, 12, 40, Duration.ZERO, Duration.ZERO, BenchSettings.SEED, false);

    @Test
    void theSameSeedGivesTheSameOrganisationEventForEvent() {
        assertThat(events(SMALL)).isEqualTo(events(SMALL));
    }

    @Test
    void anotherSeedGivesAnotherOrganisation() {
        BenchSettings otherSeed = new BenchSettings(25, 12, 40, Duration.ZERO, Duration.ZERO, 7, false);
        assertThat(events(otherSeed)).isNotEqualTo(events(SMALL));
    }

    @Test
    void everyHistoryRunsFromSequenceZeroWithoutGapsAndTheFirstPersonHasTheLongOne() {
        Map<String, List<Long>> sequences = new HashMap<>();
        events(SMALL).forEach(event -> sequences.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(event.sequence()));

        assertThat(sequences).hasSize(25);
        sequences.forEach((employee, numbers) -> {
            int expected = employee.equals(SyntheticOrganisation.employeeId(0)) ? 40 : 12;
            assertThat(numbers).hasSize(expected);
            for (int i = 0; i < numbers.size(); i++) {
                assertThat(numbers.get(i)).isEqualTo(i);
            }
        });
        assertThat(events(SMALL)).hasSize((int) SMALL.totalEvents());
    }

    @Test
    void eachPersonIsRegisteredUnderTheirManagerThenChoosesATrackAllowedAtTheirLevel() {
        List<SeededEvent> events = events(SMALL);
        SeededEvent registration = events.get(12 + 40 - 12);   // person 1's first event comes after person 0's 40
        assertThat(registration.payload()).isInstanceOfSatisfying(EmployeeRegistered.class, registered -> {
            assertThat(registered.employeeId()).isEqualTo(SyntheticOrganisation.employeeId(1));
            assertThat(registered.managerId()).isEqualTo(SyntheticOrganisation.employeeId(0));
            assertThat(registered.level()).isBetween(2, 4);
        });
        assertThat(events.get(41).payload()).isInstanceOfSatisfying(TrackChosen.class,
                chosen -> assertThat(SyntheticOrganisation.TRACKS).contains(chosen.trackId()));
        assertThat(SyntheticOrganisation.managerId(11)).isEqualTo(SyntheticOrganisation.employeeId(1));
        assertThat(SyntheticOrganisation.managerId(0)).isNull();
    }

    @Test
    void progressIsOnlyRecordedOnGoalsAlreadySetAndTheFirstGoalIsKeptOpen() {
        List<SeededEvent> history = events(SMALL).stream()
                .filter(event -> event.aggregateId().equals(SyntheticOrganisation.employeeId(3))).toList();
        List<String> goalsSet = new ArrayList<>();
        for (SeededEvent event : history) {
            if (event.payload() instanceof GoalSet set) {
                goalsSet.add(set.goalId());
            } else if (event.payload() instanceof GoalProgressRecorded progress) {
                assertThat(goalsSet).contains(progress.goalId());
            }
        }
        assertThat(goalsSet).startsWith(SyntheticOrganisation.openGoalId(3));
    }

    private static List<SeededEvent> events(BenchSettings settings) {
        List<SeededEvent> events = new ArrayList<>();
        new SyntheticOrganisation(settings).forEachEvent(events::add);
        return events;
    }
}
