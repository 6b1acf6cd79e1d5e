package io.careerledger.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import io.careerledger.events.AssessorRole;
import io.careerledger.events.CareerEvent;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.GoalProgressRecorded;
import io.careerledger.events.GoalSet;
import io.careerledger.events.TrackChosen;

/**
 * A deterministic organisation on the three-track framework: person 0 at the top, everyone else
 * reporting to person {@code (i - 1) / 10}, all on levels 2 to 4 (where any of the expert,
 * entrepreneur and people-leader tracks is allowed). Each history is a registration, a track choice
 * and then goals, progress and self / manager assessments; each person's first goal stays open, so the
 * benchmark can record progress on it. Person 0 has the long history.
 */
final class SyntheticOrganisation {

    static final String FRAMEWORK = "three-track";
    static final int FRAMEWORK_VERSION = 1;
    static final List<String> TRACKS = List.of("expert", "entrepreneur", "people-leader");
    static final List<String> COMPETENCIES = List.of("craft", "knowledge-sharing", "opportunity-spotting",
            "initiative", "people-development", "communication");
    static final int TEAM_SIZE = 10;

    private static final Instant HISTORY_START = Instant.parse("2022-01-03T08:00:00Z");
    private static final LocalDate GOALS_DUE = LocalDate.parse("2030-12-31");

    private final BenchSettings settings;

    SyntheticOrganisation(BenchSettings settings) {
        this.settings = settings;
    }

    static String employeeId(int index) {
        return uuid("bench-employee:" + index);
    }

    static String managerId(int index) {
        return index == 0 ? null : employeeId((index - 1) / TEAM_SIZE);
    }

    /** The goal every person keeps open. */
    static String openGoalId(int index) {
        return goalId(index, 0);
    }

    int employees() {
        return settings.employees();
    }

    int historyLength(int index) {
        return index == 0 ? settings.longHistoryEvents() : settings.eventsPerEmployee();
    }

    /** Every event, person by person, each person's in sequence order. */
    void forEachEvent(Consumer<SeededEvent> sink) {
        forEachEvent(0, settings.employees(), sink);
    }

    /** The events of people {@code from} (inclusive) to {@code to} (exclusive), as {@link #forEachEvent(Consumer)} gives them. */
    void forEachEvent(int from, int to, Consumer<SeededEvent> sink) {
        for (int index = from; index < to; index++) {
            history(index, sink);
        }
    }

    private void history(int index, Consumer<SeededEvent> sink) {
        Random random = new Random(settings.seed() * 31 + index);
        String employeeId = employeeId(index);
        String managerId = managerId(index);
        int level = 2 + random.nextInt(3);
        String track = TRACKS.get(random.nextInt(TRACKS.size()));
        int goals = 0;
        for (int sequence = 0; sequence < historyLength(index); sequence++) {
            CareerEvent event;
            String actor = employeeId;
            if (sequence == 0) {
                event = new EmployeeRegistered(employeeId, "Bench Person " + index, "person" + index + "@bench.example",
                        managerId, FRAMEWORK, level, LocalDate.parse("2020-01-06").plusDays(random.nextInt(700)));
                actor = "bench-hr";
            } else if (sequence == 1) {
                event = new TrackChosen(employeeId, FRAMEWORK, FRAMEWORK_VERSION, null, track, level,
                        "Where their strengths lie", managerId, null);
            } else if (sequence % 3 == 2) {
                event = new GoalSet(employeeId, goalId(index, goals), "Goal " + goals, "Measure " + goals + " met",
                        GOALS_DUE, COMPETENCIES.get(random.nextInt(COMPETENCIES.size())), null, null);
                goals++;
            } else if (sequence % 3 == 0) {
                event = new GoalProgressRecorded(employeeId, goalId(index, random.nextInt(goals)),
                        random.nextInt(100), "Progress note " + sequence);
            } else {
                boolean byManager = managerId != null && random.nextBoolean();
                actor = byManager ? managerId : employeeId;
                event = new CompetencyAssessed(employeeId, uuid("bench-assessment:" + index + ":" + sequence),
                        COMPETENCIES.get(random.nextInt(COMPETENCIES.size())),
                        byManager ? AssessorRole.MANAGER : AssessorRole.SELF, actor, 1 + random.nextInt(5),
                        List.of(), "Seen in the last quarter", null, null, FRAMEWORK, FRAMEWORK_VERSION);
            }
            sink.accept(stored(index, sequence, event, actor));
        }
    }

    private static SeededEvent stored(int index, int sequence, CareerEvent event, String actor) {
        String commandId = uuid("bench-command:" + index + ":" + sequence);
        Map<String, String> metaData = Map.of(
                "actorId", actor,
                "actorRoles", actor.equals("bench-hr") ? "HR" : "EMPLOYEE",
                "commandId", commandId,
                "correlationId", commandId,
                "traceId", commandId,
                "causationId", commandId);
        return new SeededEvent(employeeId(index), sequence, uuid("bench-event:" + index + ":" + sequence), occurredAt(index, sequence),
                event, metaData);
    }

    /** When a person's event occurred: an hour after their previous one. */
    static Instant occurredAt(int index, int sequence) {
        return HISTORY_START.plusSeconds(index * 7L + sequence * 3_600L);
    }

    private static String goalId(int index, int goal) {
        return uuid("bench-goal:" + index + ":" + goal);
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
