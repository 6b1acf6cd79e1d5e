package io.careerledger.command.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.careerledger.events.AssessorRole;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.Expectation;
import io.careerledger.events.Milestone;
import io.careerledger.events.MilestoneVerified;
import io.careerledger.events.TrackChosen;
import io.careerledger.events.TrackLevel;
import io.careerledger.rules.ReadinessRule;

/** The nomination's snapshot is judged by the shared readiness rule, milestones included. */
class ReadinessCalculatorTest {

    private static final String ADA = "ada";
    private static final TrackLevel LEVEL_3 = new TrackLevel(3, "Senior", "G3", "B3", List.of(new Expectation("craft", 3)),
            List.of(new Milestone("expert-reference", "Reference for a domain", "Named by two teams", 6)));

    private final List<Object> history = new ArrayList<>(List.of(
            new EmployeeRegistered(ADA, "Ada Lovelace", "ada@example.org", "mgr", "three-track", 2, LocalDate.of(2024, 2, 1)),
            new TrackChosen(ADA, "three-track", 1, null, "expert", 2, "Strengths", "mgr", null),
            new CompetencyAssessed(ADA, "a-1", "craft", AssessorRole.MANAGER, "mgr", 3, List.of(), null, null, null, "three-track", 1)));
    private final ReadinessCalculator calculator = new ReadinessCalculator(id -> history);

    @Test
    void aNominationOfSomeoneWhoMeetsEveryExpectationButLacksAMilestoneRecordsThemNotReady() {
        ReadinessRule.Verdict verdict = ReadinessRule.verdict(calculator.standingOf(ADA).orElseThrow().against(LEVEL_3));

        assertThat(verdict).isEqualTo(new ReadinessRule.Verdict(1, 1, 0, 1));
        assertThat(verdict.ready()).isFalse();
    }

    @Test
    void onceTheMilestoneIsVerifiedTheSnapshotIsReady() {
        history.add(new MilestoneVerified(ADA, "expert-reference", "mgr"));

        assertThat(ReadinessRule.verdict(calculator.standingOf(ADA).orElseThrow().against(LEVEL_3)).ready()).isTrue();
    }
}
