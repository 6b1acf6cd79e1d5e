package io.careerledger.bench;

import java.time.Duration;

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

    static BenchSettings full() {
        return new BenchSettings(20_000, 50, 10_000, Duration.ofSeconds(15), Duration.ofSeconds(60), SEED, false);
    }

    static BenchSettings quick() {
        return new BenchSettings(2_000, 20, 2_000, Duration.ofSeconds(5), Duration.ofSeconds(10), SEED, false);
    }

    /** Sizes given on the command line ({@code --employees N}, {@code --history N}) replace the defaults. */
    static BenchSettings from(java.util.List<String> arguments) {
        BenchSettings base = arguments.contains("--quick") ? quick() : full();
        return new BenchSettings(intOption(arguments, "--employees", base.employees()),
                intOption(arguments, "--history", base.eventsPerEmployee()), base.longHistoryEvents(),
                base.warmUp(), base.measure(), base.seed(), arguments.contains("--rebuild-only"));
    }

    private static int intOption(java.util.List<String> arguments, String name, int otherwise) {
        int at = arguments.indexOf(name);
        return at < 0 || at + 1 >= arguments.size() ? otherwise : Integer.parseInt(arguments.get(at + 1));
    }

    long totalEvents() {
        return (long) (employees - 1) * eventsPerEmployee + longHistoryEvents;
    }
}
