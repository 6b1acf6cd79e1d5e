package io.careerledger.query.consumption;

import java.util.List;
import java.util.function.Consumer;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/**
 * The one way records are applied, by the live consumer and the rebuild alike: a poll in one
 * transaction; if that fails, its records one by one, so that only the failing ones go to
 * {@code onFailure} and the others are applied.
 */
@Component
public class BatchApplication {

    private final EventLedger ledger;

    BatchApplication(EventLedger ledger) {
        this.ledger = ledger;
    }

    /** @param onApplied receives each event that was new */
    public void apply(List<ConsumerRecord<String, CloudEvent>> records, Consumer<CloudEvent> onApplied, FailureHandler onFailure) {
        try {
            ledger.applyAll(records.stream().map(ConsumerRecord::value).toList()).forEach(onApplied);
        } catch (RuntimeException batchFailure) {
            for (ConsumerRecord<String, CloudEvent> record : records) {
                try {
                    if (ledger.apply(record.value())) {
                        onApplied.accept(record.value());
                    }
                } catch (RuntimeException failure) {
                    onFailure.failed(record, failure);
                }
            }
        }
    }

    /** What becomes of a record that failed on its own. */
    @FunctionalInterface
    public interface FailureHandler {
        void failed(ConsumerRecord<String, CloudEvent> record, RuntimeException failure);
    }
}
