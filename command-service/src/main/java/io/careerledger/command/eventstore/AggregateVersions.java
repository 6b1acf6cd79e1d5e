package io.careerledger.command.eventstore;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The HTTP side of optimistic concurrency: a record's version (its last event's sequence number) is
 * its ETag; a client sends it back as If-Match, and a command that finds the record changed since gets
 * 412. See {@link ExpectedVersionTargetResolver} for how the expected version reaches Axon.
 */
@Component
public class AggregateVersions {

    /** Metadata key of the version a command expects its aggregate to be at (from If-Match). */
    public static final String EXPECTED_VERSION = "expectedVersion";

    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"?(\\d+)\"?");

    private final EventStore eventStore;

    AggregateVersions(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The version a client read (ETag) and expects to change, from an {@code If-Match} header; null when absent. */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher version = ENTITY_TAG.matcher(ifMatch.strip());
        if (!version.matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "If-Match carries the version from an ETag, such as \"4\".");
        }
        return Long.valueOf(version.group(1));
    }

    /** The record's version now, as an entity tag value. */
    public String current(String aggregateId) {
        return Long.toString(eventStore.lastSequenceNumberFor(aggregateId).orElse(-1L));
    }
}
