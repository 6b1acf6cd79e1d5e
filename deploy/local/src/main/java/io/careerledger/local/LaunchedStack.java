package io.careerledger.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.careerledger.supervision.ParentProcess;

/**
 * A local stack started by a program (the end-to-end tests, the benchmark) as a user starts it: the
 * launcher as a process of its own, watching the program (it stops when the program is gone), its
 * output passed through.
 */
public final class LaunchedStack implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile(Pattern.quote(SupervisedProcess.STARTED) + " (\\S+) started, pid (\\d+)");

    private final StackLayout layout;
    private final Path serviceJars;
    private final Process launcher;
    private final Map<String, Long> pids;

    private LaunchedStack(StackLayout layout, Path serviceJars, Process launcher, Map<String, Long> pids) {
        this.layout = layout;
        this.serviceJars = serviceJars;
        this.launcher = launcher;
        this.pids = pids;
    }

    /** Starts the launcher and waits until it says the stack is up; {@code timeout} is also each component's. */
    public static LaunchedStack start(StackLayout layout, Path serviceJars, Duration timeout) {
        return start(LocalStack.class, layout, serviceJars, timeout);
    }

    /** @param launcher the launcher's main class: {@link LocalStack}, or a test's that supervises stand-ins for the services */
    static LaunchedStack start(Class<?> launcher, StackLayout layout, Path serviceJars, Duration timeout) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", LocalStack.classpath(),
                "-Dcareerledger.services=" + serviceJars.toAbsolutePath(),
                "-Dcareerledger.startTimeout=" + timeout,
                "-D" + ParentProcess.PROPERTY + "=" + ProcessHandle.current().pid()));
        command.addAll(layout.asSystemProperties());
        command.add(launcher.getName());
        try {
            Process started = new ProcessBuilder(command).redirectErrorStream(true).start();
            CompletableFuture<Void> up = new CompletableFuture<>();
            Map<String, Long> pids = new ConcurrentHashMap<>();
            Thread output = new Thread(() -> passOn(started, up, pids), "local-stack-output");
            output.setDaemon(true);
            output.start();
            started.onExit().thenRun(() -> {
                System.out.println("The local stack's launcher exited with code " + started.exitValue());
                up.completeExceptionally(new IllegalStateException("The local stack exited with code " + started.exitValue()));
            });
            up.get(timeout.multipliedBy(2).toSeconds(), TimeUnit.SECONDS);
            return new LaunchedStack(layout, serviceJars, started, pids);
        } catch (Exception e) {
            throw new IllegalStateException("The local stack did not come up", e);
        }
    }

    public StackLayout layout() {
        return layout;
    }

    public CareerLedgerServices services() {
        return layout.services();
    }

    public Process launcher() {
        return launcher;
    }

    public boolean isAlive() {
        return launcher.isAlive();
    }

    /** The launcher's child of that name ({@code postgres}, {@code kafka}, {@code query-service-2}, ...) as it runs now. */
    public ProcessHandle component(String name) {
        return Optional.ofNullable(pids.get(name)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .orElseThrow(() -> new IllegalStateException("No running component " + name));
    }

    /**
     * One more replica of a kind of service beside the stack's, with properties of its own (the bench's
     * command-service with encryption off), once ready; it exits with this program and stops on close.
     * A property given here replaces the stack's argument of that name (Spring joins repeated ones with commas).
     */
    public AutoCloseable startBeside(String service, int port, Duration timeout, String... properties) {
        ServiceKind kind = ServiceKind.named(service);
        List<String> command = new ArrayList<>(LocalStack.javaCommand(kind.name() + "-beside"));
        command.addAll(List.of("-jar", serviceJars.resolve(kind.jar()).toAbsolutePath().toString()));
        List<String> replaced = Stream.of(properties).map(property -> property.substring(0, property.indexOf('=') + 1)).toList();
        kind.arguments().apply(layout, port).stream().filter(argument -> replaced.stream().noneMatch(argument::startsWith))
                .forEach(command::add);
        command.addAll(List.of(properties));
        ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor();
        SupervisedProcess replica = new SupervisedProcess(kind.name() + "-beside", command,
                SupervisedProcess.Readiness.http("http://localhost:" + port + ServiceKind.READINESS_PATH), restarts);
        replica.start();
        replica.awaitReady(timeout);
        return () -> {
            replica.stop();
            restarts.shutdownNow();
        };
    }

    /** SIGTERM to the launcher, which stops everything it runs. */
    @Override
    public void close() {
        launcher.destroy();
        try {
            launcher.waitFor(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void passOn(Process stack, CompletableFuture<Void> up, Map<String, Long> pids) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stack.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                System.out.println(line);
                Matcher started = STARTED.matcher(line);
                if (started.matches()) {
                    pids.put(started.group(1), Long.parseLong(started.group(2)));
                }
                if (line.startsWith(LocalStack.UP)) {
                    up.complete(null);
                }
            }
        } catch (IOException gone) {
            // the stack has stopped
        }
    }
}
