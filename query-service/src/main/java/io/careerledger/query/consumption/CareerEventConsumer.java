package io.careerledger.query.consumption;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * The query-service's consumer group over the topic. Records of one employee share a partition, so
 * each employee's events are applied in the order they were stored. Each poll is applied in one
 * transaction; if that fails, its records are applied one by one so that only the failing one goes
 * to the error handler (retried, then parked) and the others are applied.
 */
@Component
class CareerEventConsumer {

    private final BatchApplication batches;
    private final Timer freshness;

    CareerEventConsumer(BatchApplication batches, MeterRegistry meters) {
        this.batches = batches;
        this.freshness = Timer.builder("careerledger.projection.freshness")
                .description("From an event being stored (ce_time) to its effect being visible in the read models")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    @KafkaListener(topics = "${careerledger.consumption.topic}", batch = "true")
    void consume(List<ConsumerRecord<String, CloudEvent>> records) {
        batches.apply(records, this::recordFreshness, (record, failure) -> {
            // the error handler commits the records before this one, retries from it, then parks it
            throw new BatchListenerFailedException("Could not apply " + record.value().getId(), failure, record);
        });
    }

    private void recordFreshness(CloudEvent event) {
        if (event.getTime() != null) {
            freshness.record(Duration.between(event.getTime().toInstant(), Instant.now()));
        }
    }
}
