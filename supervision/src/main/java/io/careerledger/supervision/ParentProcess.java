package io.careerledger.supervision;

/**
 * A child of the launcher exits when the launcher is gone, however it went: a launcher killed with -9
 * runs no shutdown hook that could stop its children. The launcher passes its pid as the system
 * property {@value #PROPERTY}. Exiting runs the child's own shutdown hooks, which stop its server
 * gracefully (a service's consumer leaves its group, the publisher saves its token).
 */
public final class ParentProcess {

    public static final String PROPERTY = "careerledger.parent-pid";

    private ParentProcess() {
    }

    /** Does nothing when no parent is named (run by hand). */
    public static void exitWhenGone(String parentPid) {
        if (parentPid == null) {
            return;
        }
        ProcessHandle.of(Long.parseLong(parentPid)).ifPresentOrElse(parent -> parent.onExit().thenRun(ParentProcess::exit),
                ParentProcess::exit);
    }

    /** The launcher's child as a plain Java program (the PostgreSQL and Kafka wrappers). */
    public static void exitWhenGone() {
        exitWhenGone(System.getProperty(PROPERTY));
    }

    private static void exit() {
        System.err.println("The supervising process is gone: shutting down");
        // not on the thread that noticed: System.exit waits for the shutdown hooks
        new Thread(() -> System.exit(0), "parent-gone").start();
    }
}
