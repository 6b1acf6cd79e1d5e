package io.careerledger.query.consumption;

import java.time.Clock;
import java.time.Instant;

import io.cloudevents.CloudEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Parks an event that could not be applied, with its error, for HR to see and re-drive. */
@Service
public class ParkedEvents {

    private static final Logger log = LoggerFactory.getLogger(ParkedEvents.class);

    private final ParkedEventRepository parked;
    private final Clock clock = Clock.systemUTC();

    ParkedEvents(ParkedEventRepository parked) {
        this.parked = parked;
    }

    public void park(CloudEvent event, String topic, int partition, long offset, Throwable failure) {
        log.error("Parking event {} ({}) of {}", event.getId(), event.getType(), event.getSubject(), failure);
        parked.save(new ParkedEvent(event, topic, partition, offset, rootMessage(failure), Instant.now(clock)));
    }

    /** Whether an event of {@code subject} is parked: its views may be behind (shown as stale). */
    public boolean anyParkedFor(String subject) {
        return parked.existsBySubject(subject);
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
