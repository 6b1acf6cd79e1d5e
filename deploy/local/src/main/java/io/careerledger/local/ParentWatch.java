package io.careerledger.local;

/**
 * A child of the launcher exits when the launcher is gone, however it went (kill -9 runs no shutdown
 * hook of the launcher's): the launcher passes its pid as {@code careerledger.parent-pid}. Exiting runs
 * the child's own shutdown hooks, which stop its server.
 */
final class ParentWatch {

    static final String PROPERTY = "careerledger.parent-pid";

    private ParentWatch() {
    }

    /** Does nothing when no parent is named (run by hand). */
    static void exitWithParent() {
        String pid = System.getProperty(PROPERTY);
        if (pid == null) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid)).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> System.exit(0)),
                () -> System.exit(0));
    }
}
