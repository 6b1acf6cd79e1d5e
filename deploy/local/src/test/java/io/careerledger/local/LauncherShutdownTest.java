package io.careerledger.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import io.careerledger.supervision.ParentProcess;

/**
 * SIGTERM (or Ctrl-C) to the launcher stops every child before the launcher exits: the launcher's own
 * supervision, with the real PostgreSQL and broker wrappers and a small stand-in for the services, so it
 * costs seconds rather than a stack start. (A launcher killed with -9 is {@link ClusterEndToEndTest}'s last test.)
 */
class LauncherShutdownTest {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    @Test
    void sigtermToTheLauncherStopsEveryChildBeforeItExitsAndLeavesNothingRunning() throws Exception {
        LaunchedStack stack = LaunchedStack.start(StandInLauncher.class,
                StackLayout.onFreePorts(Files.createTempDirectory("launcher-shutdown"), 1, false), Path.of("no-service-jars"), START_TIMEOUT);
        try {
            LauncherProcesses processes = LauncherProcesses.of(stack);
            List<ProcessHandle> children = List.of(stack.component("postgres"), stack.component("kafka"), stack.component("service-1"));
            assertThat(processes.descendants()).containsAll(children);

            stack.close(); // SIGTERM, then waits for the launcher to exit

            assertThat(stack.isAlive()).isFalse();
            assertThat(children).as("children still running once the launcher has exited").noneMatch(ProcessHandle::isAlive);
            // the postmaster removes its pid file, which pg_ctl waits for, a moment before it exits
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(processes.running()).isEmpty());
        } finally {
            stack.launcher().destroyForcibly();
        }
    }

    /** {@link LocalStack}'s supervision with one small process in place of the services. */
    static final class StandInLauncher {

        public static void main(String[] args) throws Exception {
            ParentProcess.exitWhenGone();
            StackLayout layout = StackLayout.fromSystemProperties(args);
            String port = String.valueOf(layout.firstPorts().get("command-service"));
            LocalStack.supervise(layout, restarts -> List.of(new SupervisedProcess("service-1",
                            LocalStack.javaMain(StandInService.class, "service-1", List.of(port)),
                            SupervisedProcess.Readiness.listening(Integer.parseInt(port)), restarts)),
                    () -> System.out.println(LocalStack.UP));
        }
    }

    /** Like a service: watches the launcher, and is ready once it listens on its port. */
    static final class StandInService {

        public static void main(String[] args) throws IOException, InterruptedException {
            ParentProcess.exitWhenGone();
            try (ServerSocket listening = new ServerSocket(Integer.parseInt(args[0]))) {
                new CountDownLatch(1).await();
            }
        }
    }
}
