package io.careerledger.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.springboot.EventProcessorProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.command.support.CommandServiceIntegrationTest;
import io.careerledger.events.ManagerChanged;

/** Caught-up streaming processors are woken by each commit of events, on every replica, rather than re-polling. */
@CommandServiceIntegrationTest
class WakingEventSourceIntegrationTest {

    @Autowired
    WakingEventSource source;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessorProperties processors;

    @Test
    void aStreamIsToldOfEventsCommittedAfterItWasOpened() {
        AtomicInteger woken = new AtomicInteger();
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(source.createHeadToken())) {
            assertThat(stream.setOnAvailableCallback(woken::incrementAndGet)).as("the pooled processor then waits for the callback").isTrue();
            int before = woken.get();

            String employeeId = UUID.randomUUID().toString();
            storageEngine.appendEvents(new GenericDomainEventMessage<>("EmployeeCareer", employeeId, 0,
                    new ManagerChanged(employeeId, null, UUID.randomUUID().toString())));

            await().atMost(Duration.ofSeconds(10)).until(() -> woken.get() > before);
            await().atMost(Duration.ofSeconds(10)).until(stream::hasNextAvailable);
        }
    }

    @Test
    void aClosedStreamIsNoLongerWoken() {
        AtomicInteger woken = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(source.createHeadToken());
        stream.setOnAvailableCallback(woken::incrementAndGet);
        stream.close();
        int before = woken.get();
        AtomicInteger other = new AtomicInteger();
        try (BlockingStream<TrackedEventMessage<?>> witness = source.openStream(source.createHeadToken())) {
            witness.setOnAvailableCallback(other::incrementAndGet);

            jdbc.execute("NOTIFY " + EventsAppended.CHANNEL);

            await().atMost(Duration.ofSeconds(10)).until(() -> other.get() > 0);
            assertThat(woken.get()).isEqualTo(before);
        }
    }

    @Test
    void thePublisherAndThePromotionSagaReadTheWakingSource() {
        assertThat(processing.eventProcessor("kafka-publisher", PooledStreamingEventProcessor.class)).isPresent();
        assertThat(processing.eventProcessor("PromotionSagaProcessor", PooledStreamingEventProcessor.class)).isPresent();
        assertThat(processors.getProcessors().get("kafka-publisher").getSource()).isEqualTo("wakingEventSource");
        assertThat(processors.getProcessors().get("PromotionSagaProcessor").getSource()).isEqualTo("wakingEventSource");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_trigger WHERE tgname = 'domain_event_entry_appended'", Integer.class))
                .isEqualTo(1);
    }
}
