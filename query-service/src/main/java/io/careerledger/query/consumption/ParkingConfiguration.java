package io.careerledger.query.consumption;

import java.time.Clock;
import java.time.Instant;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * An event that fails is retried with doubling pauses, then parked in {@code parked_event} with its
 * error; the consumer moves on, so one bad event doesn't stop everyone's dashboards. Nothing is
 * skipped silently: parked events show in health and at {@code /api/admin/parked-events}.
 */
@Configuration(proxyBeanMethods = false)
class ParkingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ParkingConfiguration.class);

    @Bean
    DefaultErrorHandler parkingErrorHandler(ConsumptionProperties properties, ParkedEventRepository parked) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInitialDelay().toMillis(), 2.0);
        backOff.setMaxElapsedTime(properties.retryMaxElapsed().toMillis());
        return new DefaultErrorHandler((record, failure) -> {
            CloudEvent event = (CloudEvent) record.value();
            log.error("Parking event {} ({}) of {} after retries", event.getId(), event.getType(), event.getSubject(), failure);
            parked.save(new ParkedEvent(event, record.topic(), record.partition(), record.offset(),
                    rootMessage(failure), Instant.now(Clock.systemUTC())));
        }, backOff);
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
