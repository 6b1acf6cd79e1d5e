package io.careerledger.query.consumption;

import java.time.Duration;
import java.time.Instant;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The query-service's consumer group over the topic. Records of one employee share a partition, so
 * each employee's events are applied in the order they were stored.
 */
@Component
class CareerEventConsumer {

    private final EventLedger ledger;
    private final Timer freshness;

    CareerEventConsumer(EventLedger ledger, MeterRegistry meters) {
        this.ledger = ledger;
        this.freshness = Timer.builder("careerledger.projection.freshness")
                .description("From an event being stored (ce_time) to its effect being visible in the read models")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    @KafkaListener(topics = "${careerledger.consumption.topic}")
    void consume(ConsumerRecord<String, CloudEvent> record) {
        CloudEvent event = record.value();
        if (ledger.apply(event) && event.getTime() != null) {
            freshness.record(Duration.between(event.getTime().toInstant(), Instant.now()));
        }
    }
}
