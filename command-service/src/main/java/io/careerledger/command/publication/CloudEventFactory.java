package io.careerledger.command.publication;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import io.careerledger.command.security.ActorMetadata;
import io.careerledger.events.CareerEvent;
import io.careerledger.events.EventTypes;

/**
 * A stored event as a CloudEvent 1.0: {@code id} = the event identifier (consumers deduplicate on
 * it), the body = the same JSON that is in the event store. A person's career, conversations and
 * promotion cases share the employee's key, so the aggregate is named beside its sequence: per
 * ({@code aggregatetype}, {@code aggregateid}) the sequences run 0, 1, 2, … and a consumer can tell a gap.
 * {@code eventhash} and {@code previouseventhash} (absent on an aggregate's first event) carry the
 * event store's hash chain, so a consumer can check that each aggregate's events chain too.
 * {@code eventposition} is the event's global index in the event store: the publisher reads it back
 * from the topic's tail to send each event once ({@link PublishedPositions}).
 */
@Component
class CloudEventFactory {

    static final String AGGREGATE_TYPE = "aggregatetype";
    static final String AGGREGATE_ID = "aggregateid";
    static final String SEQUENCE = "aggregatesequence";
    static final String EVENT_HASH = "eventhash";
    static final String PREVIOUS_EVENT_HASH = "previouseventhash";
    static final String EVENT_POSITION = "eventposition";

    /**
     * The event's metadata travels as extensions named after its keys in lower case ({@code actorid},
     * {@code actorroles}, {@code correlationid}, {@code causationid}, {@code commandid}, {@code reason},
     * {@code conversationid}, {@code reviewcycleid}): CloudEvents allows only lower-case letters and digits.
     */
    static final List<String> METADATA_EXTENSIONS = Stream.concat(
                    Stream.of(MessageOriginProvider.getDefaultCorrelationKey(), ActorMetadata.CAUSATION_ID),
                    Stream.of(ActorMetadata.PROPAGATED_KEYS))
            .toList();

    private final Serializer serializer;
    private final PublicationProperties properties;
    private final EventHashes hashes;

    CloudEventFactory(@Qualifier("eventSerializer") Serializer serializer, PublicationProperties properties, EventHashes hashes) {
        this.serializer = serializer;
        this.properties = properties;
        this.hashes = hashes;
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
            builder.withExtension(AGGREGATE_TYPE, domainEvent.getType())
                    .withExtension(AGGREGATE_ID, domainEvent.getAggregateIdentifier())
                    .withExtension(SEQUENCE, domainEvent.getSequenceNumber());
        }
        OptionalLong position = message instanceof TrackedEventMessage<?> tracked ? tracked.trackingToken().position() : OptionalLong.empty();
        position.ifPresent(at -> builder.withExtension(EVENT_POSITION, at));
        for (EventHashes.Chained chained : hashes.of(message.getIdentifier(), position)) {
            builder.withExtension(EVENT_HASH, chained.hash());
            if (chained.previous() != null) {
                builder.withExtension(PREVIOUS_EVENT_HASH, chained.previous());
            }
        }
        for (String key : METADATA_EXTENSIONS) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                builder.withExtension(key.toLowerCase(Locale.ROOT), value.toString());
            }
        }
        return builder.build();
    }
}
