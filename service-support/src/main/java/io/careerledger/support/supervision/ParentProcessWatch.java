package io.careerledger.support.supervision;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Run by a supervisor (the local stack's launcher, which passes its pid as {@code careerledger.parent-pid}),
 * a service exits when the supervisor is gone, however it went: a launcher killed with -9 runs no
 * shutdown hook that could stop its children. Watching starts before the application context does,
 * so a service still starting up goes too. Exiting shuts the service down as SIGTERM does (the
 * consumer leaves its group, the publisher saves its token).
 */
public class ParentProcessWatch implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String PROPERTY = "careerledger.parent-pid";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String parentPid = event.getEnvironment().getProperty(PROPERTY);
        if (parentPid == null) {
            return;
        }
        ProcessHandle.of(Long.parseLong(parentPid)).ifPresentOrElse(parent -> parent.onExit().thenRun(ParentProcessWatch::exit),
                ParentProcessWatch::exit);
    }

    private static void exit() {
        System.err.println("The supervising process is gone: shutting down");
        // not on the thread that noticed: System.exit waits for the shutdown hooks
        new Thread(() -> System.exit(0), "parent-gone").start();
    }
}
