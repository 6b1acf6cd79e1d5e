package io.careerledger.query.consumption;

import io.careerledger.events.CareerEvent;

/**
 * A read model fed from the topic. Called inside the transaction that records the event as applied,
 * so it sees each event exactly once.
 */
public interface Projection {

    void project(CareerEvent event, AuditEvent envelope);
}
