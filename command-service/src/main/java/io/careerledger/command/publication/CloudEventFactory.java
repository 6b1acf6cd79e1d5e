package io.careerledger.command.publication;

import java.time.ZoneOffset;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import io.careerledger.command.security.ActorMetadata;
import io.careerledger.events.CareerEvent;
import io.careerledger.events.EventTypes;

/**
 * A stored event as a CloudEvent 1.0: {@code id} = the event identifier (consumers deduplicate on
 * it), the body = the same JSON that is in the event store.
 */
@Component
class CloudEventFactory {

    static final String SEQUENCE = "aggregatesequence";
    static final String ACTOR = "actorid";
    static final String CORRELATION = "correlationid";

    private final Serializer serializer;
    private final PublicationProperties properties;

    CloudEventFactory(@Qualifier("eventSerializer") Serializer serializer, PublicationProperties properties) {
        this.serializer = serializer;
        this.properties = properties;
    }

    CloudEvent toCloudEvent(EventMessage<?> message) {
        CareerEvent event = (CareerEvent) message.getPayload();
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(message.getIdentifier())
                .withSource(properties.source())
                .withType(EventTypes.typeOf(event.getClass()))
                .withSubject(event.subject())
                .withTime(message.getTimestamp().atOffset(ZoneOffset.UTC))
                .withData("application/json", message.serializePayload(serializer, byte[].class).getData());
        if (message instanceof DomainEventMessage<?> domainEvent) {
            builder.withExtension(SEQUENCE, domainEvent.getSequenceNumber());
        }
        withText(builder, ACTOR, message.getMetaData().get(ActorMetadata.ACTOR_ID));
        withText(builder, CORRELATION, message.getMetaData().get(MessageOriginProvider.getDefaultCorrelationKey()));
        return builder.build();
    }

    private static void withText(CloudEventBuilder builder, String extension, Object value) {
        if (value != null) {
            builder.withExtension(extension, value.toString());
        }
    }
}
