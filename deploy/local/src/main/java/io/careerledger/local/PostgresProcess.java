package io.careerledger.local;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

import io.careerledger.testsupport.EmbeddedPostgresServer;
import io.careerledger.supervision.ParentProcess;

/**
 * The local stack's PostgreSQL as a process of its own: {@code <data dir> <port> <database>...}. The
 * databases are created before anything can connect to the last one, which is what the launcher waits
 * for. Stops the server on SIGTERM and when the launcher is gone.
 */
public final class PostgresProcess {

    private PostgresProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(Path.of(args[0]), Integer.parseInt(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "postgres-stop"));
        Arrays.stream(args, 2, args.length).forEach(postgres::database);
        ParentProcess.exitWhenGone();
        new CountDownLatch(1).await();
    }
}
