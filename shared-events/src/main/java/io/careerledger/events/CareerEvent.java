package io.careerledger.events;

/**
 * Marker for every event in the published contract.
 *
 * <p>{@link #subject()} is the Kafka key and the CloudEvents subject: the employee an event is about
 * (framework events: the framework), so that each employee's history stays in order on one partition.
 */
public interface CareerEvent {

    String subject();
}
