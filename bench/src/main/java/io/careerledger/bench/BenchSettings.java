package io.careerledger.bench;

import java.time.Duration;
import java.util.List;

/**
 * Sizes of one benchmark run. The full run is the organisation the targets are stated for (20,000
 * people, about 1 M events); {@code --quick} is a small one for trying the harness out.
 *
 * @param employees          people in the synthetic organisation
 * @param eventsPerEmployee  history of an ordinary person (registration and track included)
 * @param longHistoryEvents  history of the one person with a very long past
 * @param warmUp             load before each measured phase, not recorded
 * @param measure            length of each measured load phase
 * @param seed               the random seed: the same seed gives the same organisation
 * @param rebuildOnly        {@code --rebuild-only}: seed, catch up and rebuild, no other phase (to work on the read side's speed)
 */
record BenchSettings(int employees, int eventsPerEmployee, int longHistoryEvents,
                     Duration warmUp, Duration measure, long seed, boolean rebuildOnly) {

    static final long SEED = 20_000L;
    /** The smaller of the two stored-event sizes the "no wall" figures compare, when the run is large enough for it. */
    static final long FIRST_SIZE = 100_000;

    static BenchSettings full() {
        return new BenchSettings(20_000, 50, 10_000, Duration.ofSeconds(15), Duration.ofSeconds(30), SEED, false);
    }

    static BenchSettings quick() {
        return new BenchSettings(2_000, 20, 2_000, Duration.ofSeconds(5), Duration.ofSeconds(10), SEED, false);
    }

    /**
     * Sizes given on the command line replace the defaults: {@code --employees N}, {@code --history N}
     * (events of an ordinary person), or {@code --events N} (people enough for about N events in all).
     */
    static BenchSettings from(List<String> arguments) {
        BenchSettings base = arguments.contains("--quick") ? quick() : full();
        int history = intOption(arguments, "--history", base.eventsPerEmployee());
        int employees = arguments.contains("--events")
                ? peopleFor(intOption(arguments, "--events", 0), history, base.longHistoryEvents())
                : intOption(arguments, "--employees", base.employees());
        return new BenchSettings(employees, history, base.longHistoryEvents(), base.warmUp(), base.measure(), base.seed(),
                arguments.contains("--rebuild-only"));
    }

    private static int peopleFor(long events, int history, int longHistory) {
        return (int) Math.max(2, (events - longHistory) / history + 1);
    }

    private static int intOption(List<String> arguments, String name, int otherwise) {
        int at = arguments.indexOf(name);
        return at < 0 || at + 1 >= arguments.size() ? otherwise : Integer.parseInt(arguments.get(at + 1));
    }

    long totalEvents() {
        return eventsOf(employees);
    }

    /** The events of the first {@code people} of the organisation (the long history is person 0's). */
    long eventsOf(int people) {
        return (long) (people - 1) * eventsPerEmployee + longHistoryEvents;
    }

    /**
     * How many people are seeded before the first "no wall" measurement: enough for {@value #FIRST_SIZE}
     * events, or a tenth of the run's events when it is smaller than ten times that.
     */
    int firstSizeEmployees() {
        long first = Math.min(FIRST_SIZE, totalEvents() / 10);
        return Math.min(employees, Math.max(ACTORS_AND_PEERS, peopleFor(first, eventsPerEmployee, longHistoryEvents)));
    }

    /** The benchmark's actors (people 1 to 200) and the untouched person after them are in the first size. */
    private static final int ACTORS_AND_PEERS = 202;

    /** A stored-event count as a report key's suffix: 100000 → {@code 100k}, 1009950 → {@code 1m}. */
    static String sizeLabel(long events) {
        if (events >= 1_000_000) {
            return Math.round(events / 1_000_000.0) + "m";
        }
        return Math.max(1, Math.round(events / 1_000.0)) + "k";
    }
}
