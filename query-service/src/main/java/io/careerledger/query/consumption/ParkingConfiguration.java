package io.careerledger.query.consumption;

import io.cloudevents.CloudEvent;
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

    @Bean
    DefaultErrorHandler parkingErrorHandler(ConsumptionProperties properties, ParkedEvents parkedEvents) {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInitialDelay().toMillis(), 2.0);
        backOff.setMaxElapsedTime(properties.retryMaxElapsed().toMillis());
        return new DefaultErrorHandler((record, failure) -> parkedEvents.park((CloudEvent) record.value(),
                record.topic(), record.partition(), record.offset(), failure), backOff);
    }
}
