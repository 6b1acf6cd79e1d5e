package io.careerledger.query.consumption;

/**
 * A read model fed from the topic: it names one handler per event type it reads. Handlers are
 * called inside the transaction that records the event as applied, so each sees an event once.
 */
public interface Projection {

    void register(Handlers handlers);
}
