package io.careerledger.command.publication;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param topic      the topic every event is published to
 * @param partitions partitions of the topic when this service creates it
 * @param source     the CloudEvents {@code source} of every record
 */
@ConfigurationProperties("careerledger.publication")
record PublicationProperties(String topic, int partitions, URI source) {
}
