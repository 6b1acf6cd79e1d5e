package io.careerledger.support.supervision;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;

/**
 * Run by a supervisor (the local stack's launcher), a service exits when the supervisor is gone, however
 * it went: a launcher killed with -9 runs no shutdown hook that could stop its children. Exiting shuts
 * the service down as SIGTERM does (the consumer leaves its group, the publisher saves its token).
 */
@AutoConfiguration
@ConditionalOnProperty(ParentProcessWatch.PROPERTY)
public class ParentProcessWatch {

    static final String PROPERTY = "careerledger.parent-pid";

    private static final Logger log = LoggerFactory.getLogger(ParentProcessWatch.class);

    ParentProcessWatch(@Value("${" + PROPERTY + "}") long parentPid) {
        ProcessHandle.of(parentPid).ifPresentOrElse(parent -> parent.onExit().thenRun(ParentProcessWatch::exit),
                ParentProcessWatch::exit);
    }

    private static void exit() {
        log.warn("The supervising process is gone: shutting down");
        // System.exit waits for the shutdown hooks; not on the thread that noticed, which the JDK may need
        new Thread(() -> System.exit(0), "parent-gone").start();
    }
}
