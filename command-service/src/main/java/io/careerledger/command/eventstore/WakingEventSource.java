package io.careerledger.command.eventstore;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the streaming processors read it, with streams that say when new events were
 * committed ({@link EventsAppended}) instead of leaving a caught-up processor to re-poll every 500 ms:
 * Axon's pooled processor waits for a stream's availability callback when the stream supports one.
 * The processor's own delayed re-check (its token claim interval) remains as a fallback.
 */
class WakingEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final EventStore events;
    private final EventsAppended appended;

    WakingEventSource(EventStore events, EventsAppended appended) {
        this.events = events;
        this.appended = appended;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new WakingStream(events.openStream(trackingToken), appended);
    }

    @Override
    public TrackingToken createTailToken() {
        return events.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return events.createTokenAt(dateTime);
    }

    private static final class WakingStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final EventsAppended appended;
        private volatile Runnable callback;

        private WakingStream(BlockingStream<TrackedEventMessage<?>> stream, EventsAppended appended) {
            this.stream = stream;
            this.appended = appended;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable previous = this.callback;
            if (previous != null) {
                appended.forget(previous);
            }
            this.callback = callback;
            appended.wake(callback);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            Runnable current = callback;
            if (current != null) {
                appended.forget(current);
            }
            stream.close();
        }
    }
}
