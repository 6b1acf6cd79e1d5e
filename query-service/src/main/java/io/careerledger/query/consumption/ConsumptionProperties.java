package io.careerledger.query.consumption;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param topic              the topic of every career event
 * @param retryInitialDelay  first pause before retrying a failed event
 * @param retryMaxElapsed    how long an event is retried (with doubling pauses) before it is parked
 */
@ConfigurationProperties("careerledger.consumption")
record ConsumptionProperties(String topic, Duration retryInitialDelay, Duration retryMaxElapsed) {
}
