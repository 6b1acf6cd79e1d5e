package io.careerledger.command.eventstore;

import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Replicas share one event store and lock aggregates only within themselves, so two of them can load
 * the same version of a record and both append its next event: the database's unique (aggregate,
 * sequence) key lets one win, and the other's command fails with a {@link ConcurrencyException}
 * ({@link AggregateStreamCreationException} for a record's first event). That command is sent again,
 * re-reading the record, a few times with a growing pause; a conflict that outlasts them is answered
 * 409. Any other failure, a refused rule or a stale If-Match among them, is final at once.
 */
@Configuration(proxyBeanMethods = false)
class AppendConflictRetry implements DisposableBean {

    /** Five retries, the pause doubling from 10 ms: well under a second in all, enough for replicas to take turns. */
    static final int MAX_RETRIES = 5;
    static final long FIRST_PAUSE_MILLIS = 10;

    private final ScheduledExecutorService retries = Executors.newScheduledThreadPool(2, new AxonThreadFactory("command-retry"));

    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(ExponentialBackOffIntervalRetryScheduler.builder()
                        .retryExecutor(retries)
                        .maxRetryCount(MAX_RETRIES)
                        .backoffFactor(FIRST_PAUSE_MILLIS)
                        .nonTransientFailurePredicate(AppendConflictRetry::isFinal)
                        .build())
                .build();
    }

    /**
     * Axon tests each link of a failure's cause chain and gives up if any is final: an append conflict
     * and the driver's exception beneath it are not, everything else is.
     */
    private static boolean isFinal(Throwable link) {
        return !(link instanceof ConcurrencyException || link instanceof AggregateStreamCreationException || link instanceof SQLException);
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
    }
}
