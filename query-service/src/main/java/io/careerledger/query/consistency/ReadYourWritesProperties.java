package io.careerledger.query.consistency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param timeout how long a read carrying a Consistency-Token waits for the read models to pass it before it
 *             answers 202 "not yet visible"
 */
@ConfigurationProperties("careerledger.read-your-writes")
record ReadYourWritesProperties(Duration timeout) {
}
