package io.careerledger.query.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A query-service test whose events may carry personal fields encrypted as the command-service
 * publishes them, with the keys of {@link #KEYS}. Its topic and database are its own (no other test's
 * consumer has the keys); every such test class shares them, and one application.
 */
@QueryServiceIntegrationTest
@TestPropertySource(properties = {
        "spring.application.name=query-service-encrypted",
        "spring.kafka.consumer.group-id=query-service-encrypted",
        "careerledger.consumption.topic=career.events.encrypted"})
public abstract class EncryptedEventsIntegrationTest {

    protected static final KeyServiceStub KEYS = KeyServiceStub.start();

    @DynamicPropertySource
    static void keyService(DynamicPropertyRegistry registry) {
        registry.add("careerledger.personal-data.key-service", KEYS::url);
    }
}
