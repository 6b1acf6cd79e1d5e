package io.careerledger.query.consumption;

import io.cloudevents.CloudEvent;
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

    CareerEventConsumer(EventLedger ledger) {
        this.ledger = ledger;
    }

    @KafkaListener(topics = "${careerledger.consumption.topic}")
    void consume(ConsumerRecord<String, CloudEvent> record) {
        ledger.apply(record.value());
    }
}
