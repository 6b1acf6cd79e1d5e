package io.careerledger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.sun.tools.attach.VirtualMachine;

/**
 * A CPU profile of one of the stack's JVMs over a phase: async-profiler (its Maven artifact's native
 * library) attached while the phase runs, sampling every thread's stack on CPU time; the collapsed
 * stacks are kept beside the report and summed up by the library each sample is spent in.
 */
final class CpuProfile {

    /**
     * Where a sample is spent: the library of the frame nearest its leaf that belongs to one of these
     * (so a socket write inside the JDBC driver counts as the driver), tried in this order.
     */
    private static final Map<String, List<String>> LIBRARIES = libraries();

    private static Map<String, List<String>> libraries() {
        Map<String, List<String>> libraries = new LinkedHashMap<>();
        libraries.put("PostgreSQL JDBC driver", List.of("org/postgresql/"));
        libraries.put("HikariCP", List.of("com/zaxxer/hikari/"));
        libraries.put("Kafka client", List.of("org/apache/kafka/"));
        libraries.put("Jackson (JSON)", List.of("com/fasterxml/jackson/", "tools/jackson/"));
        libraries.put("CloudEvents SDK", List.of("io/cloudevents/"));
        libraries.put("Tink (personal-data encryption)", List.of("com/google/crypto/tink/"));
        libraries.put("Micrometer (metrics, observations)", List.of("io/micrometer/"));
        libraries.put("Spring Security, JWT", List.of("org/springframework/security/", "com/nimbusds/"));
        libraries.put("Axon Framework", List.of("org/axonframework/"));
        libraries.put("Tomcat (HTTP)", List.of("org/apache/tomcat/", "org/apache/coyote/", "org/apache/catalina/"));
        libraries.put("Spring (MVC, transactions, JDBC)", List.of("org/springframework/"));
        libraries.put("Logging", List.of("ch/qos/logback/", "org/slf4j/"));
        libraries.put("Career Ledger", List.of("io/careerledger/"));
        libraries.put("Garbage collector", List.of("G1", "GC", "ZGC", "Parallel"));
        libraries.put("JIT compiler", List.of("Compile", "C2", "C1", "Phase"));
        libraries.put("JDK", List.of("java/", "javax/", "jdk/", "sun/", "com/sun/"));
        return libraries;
    }

    /** A profile's samples by library, and its busiest leaf frames. */
    record Summary(String process, String phase, long samples, Map<String, Double> percentByLibrary, Map<String, Double> percentByLeaf,
                   Path collapsed) {
    }

    private final Path library;
    private final Path directory;

    private CpuProfile(Path library, Path directory) {
        this.library = library;
        this.directory = directory;
    }

    /** The profiler library unpacked under {@code directory}, where the collapsed stacks go too. */
    static CpuProfile into(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path library = directory.resolve("libasyncProfiler.so");
        try (InputStream in = CpuProfile.class.getResourceAsStream("/linux-x64/libasyncProfiler.so")) {
            if (in == null) {
                throw new IOException("async-profiler's linux-x64 library is not on the class path");
            }
            Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
        }
        return new CpuProfile(library.toAbsolutePath(), directory.toAbsolutePath());
    }

    /** Starts sampling {@code process}; a second start restarts it. */
    void start(ProcessHandle process) throws Exception {
        command(process, "start,event=itimer,interval=2ms");
    }

    /** Stops sampling {@code process} and writes its collapsed stacks as {@code <name>.collapsed}. */
    Path stop(ProcessHandle process, String name) throws Exception {
        Path collapsed = directory.resolve(name + ".collapsed");
        command(process, "stop,file=" + collapsed + ",collapsed");
        return collapsed;
    }

    /** A closed loop's measured window, profiled: the last window opened and closed is the one kept. */
    CommandLoad.Window window(ProcessHandle process, String name) {
        return new CommandLoad.Window() {
            @Override
            public void opened() {
                unchecked(() -> start(process));
            }

            @Override
            public void closed() {
                unchecked(() -> stop(process, name));
            }
        };
    }

    private static void unchecked(Action action) {
        try {
            action.run();
        } catch (Exception e) {
            throw new IllegalStateException("Profiler: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    Path file(String name) {
        return directory.resolve(name + ".collapsed");
    }

    private void command(ProcessHandle process, String command) throws Exception {
        VirtualMachine machine = VirtualMachine.attach(String.valueOf(process.pid()));
        try {
            machine.loadAgentPath(library.toString(), command);
        } finally {
            machine.detach();
        }
    }

    /** Sums collapsed stacks ({@code frame;frame;…;leaf count} per line) by library and by leaf frame. */
    static Summary summarise(String process, String phase, Path collapsed) throws IOException {
        Map<String, Long> byLibrary = new LinkedHashMap<>();
        Map<String, Long> byLeaf = new LinkedHashMap<>();
        long total = 0;
        try (Stream<String> lines = Files.lines(collapsed)) {
            for (String line : (Iterable<String>) lines::iterator) {
                int space = line.lastIndexOf(' ');
                if (space < 0) {
                    continue;
                }
                long samples = Long.parseLong(line.substring(space + 1).trim());
                String[] frames = line.substring(0, space).split(";");
                byLibrary.merge(libraryOf(frames), samples, Long::sum);
                byLeaf.merge(frames[frames.length - 1], samples, Long::sum);
                total += samples;
            }
        }
        return new Summary(process, phase, total, percentages(byLibrary, total, byLibrary.size()), percentages(byLeaf, total, 10), collapsed);
    }

    /** The library of the frame nearest the leaf that has one; the JDK only when no other library is on the stack. */
    static String libraryOf(String[] frames) {
        String jdk = null;
        for (int i = frames.length - 1; i >= 0; i--) {
            String found = libraryOf(frames[i]);
            if ("JDK".equals(found)) {
                jdk = jdk == null ? found : jdk;
            } else if (found != null) {
                return found;
            }
        }
        return jdk == null ? "native, kernel and other" : jdk;
    }

    private static String libraryOf(String frame) {
        for (Map.Entry<String, List<String>> library : LIBRARIES.entrySet()) {
            for (String prefix : library.getValue()) {
                if (frame.startsWith(prefix)) {
                    return library.getKey();
                }
            }
        }
        return null;
    }

    private static Map<String, Double> percentages(Map<String, Long> samples, long total, int top) {
        Map<String, Double> percent = new LinkedHashMap<>();
        samples.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(entry -> percent.put(entry.getKey(), Latencies.round(100.0 * entry.getValue() / Math.max(1, total))));
        return percent;
    }
}
