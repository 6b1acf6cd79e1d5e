package io.careerledger.local;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import io.careerledger.testsupport.EmbeddedKafkaBroker;
import io.careerledger.supervision.ParentProcess;

/**
 * The local stack's Kafka broker (KRaft, broker and controller) as a process of its own:
 * {@code <log dir> <port> <controller port>}. Stops the broker on SIGTERM and when the launcher is gone.
 */
public final class KafkaBrokerProcess {

    private KafkaBrokerProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedKafkaBroker kafka = new EmbeddedKafkaBroker(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "kafka-stop"));
        kafka.start();
        ParentProcess.exitWhenGone();
        new CountDownLatch(1).await();
    }
}
