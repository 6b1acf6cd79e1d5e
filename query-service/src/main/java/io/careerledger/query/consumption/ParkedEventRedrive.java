package io.careerledger.query.consumption;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Applies a parked event again (after the cause was fixed); on success it leaves the parking lot. */
@Service
class ParkedEventRedrive {

    private final ParkedEventRepository parked;
    private final EventLedger ledger;
    private final TransactionTemplate transaction;

    ParkedEventRedrive(ParkedEventRepository parked, EventLedger ledger, TransactionTemplate transaction) {
        this.parked = parked;
        this.ledger = ledger;
        this.transaction = transaction;
    }

    /** @return empty when applied; otherwise the error it failed with again */
    Optional<String> redrive(ParkedEvent event) {
        try {
            transaction.executeWithoutResult(status -> {
                ledger.apply(event.toCloudEvent());
                parked.deleteById(event.summary().eventId());
            });
            return Optional.empty();
        } catch (RuntimeException failure) {
            String error = ParkedEvents.rootMessage(failure);
            transaction.executeWithoutResult(status -> parked.findById(event.summary().eventId())
                    .ifPresent(stillParked -> stillParked.failedAgain(error)));
            return Optional.of(error);
        }
    }
}
