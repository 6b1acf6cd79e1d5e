package io.careerledger.command.eventstore;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

import io.careerledger.support.postgres.ChannelListener;

/**
 * Hears that some replica committed events ({@code NOTIFY events_appended}, sent by a trigger of the event
 * table) and wakes whoever waits for new events. Each time it starts listening, everyone is woken too:
 * notifications sent while it did not listen are gone.
 */
@Component
class EventsAppended extends ChannelListener {

    static final String CHANNEL = "events_appended";

    private static final Logger log = LoggerFactory.getLogger(EventsAppended.class);

    private final Set<Runnable> waiting = new CopyOnWriteArraySet<>();

    EventsAppended(DataSourceProperties database) {
        super(CHANNEL, database.determineUrl(), database.determineUsername(), database.determinePassword());
    }

    /** {@code wake} runs on the listening thread after each commit of events until it is {@link #forget(Runnable) forgotten}. */
    void wake(Runnable wake) {
        waiting.add(wake);
    }

    void forget(Runnable wake) {
        waiting.remove(wake);
    }

    @Override
    protected void heard(String payload) {
        wakeAll();
    }

    @Override
    protected void listening() {
        wakeAll();
    }

    private void wakeAll() {
        for (Runnable wake : waiting) {
            try {
                wake.run();
            } catch (RuntimeException e) {
                log.warn("Waking a reader of the event store failed: {}", e.getMessage());
            }
        }
    }
}
