package io.careerledger.command.eventstore;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears, on a connection of its own, that some replica committed events ({@code NOTIFY events_appended},
 * sent by a trigger of the event table) and wakes whoever waits for new events. When the connection is
 * lost, everyone is woken once it is back, since notifications sent meanwhile are gone.
 */
@Component
class EventsAppended implements SmartLifecycle {

    static final String CHANNEL = "events_appended";

    private static final Logger log = LoggerFactory.getLogger(EventsAppended.class);
    private static final int WAIT_MILLIS = 1000;
    private static final long RECONNECT_PAUSE_MILLIS = 1000;

    private final DataSourceProperties database;
    private final Set<Runnable> waiting = new CopyOnWriteArraySet<>();
    private volatile Thread listener;

    EventsAppended(DataSourceProperties database) {
        this.database = database;
    }

    /** {@code wake} runs on the listening thread after each commit of events until it is {@link #forget(Runnable) forgotten}. */
    void wake(Runnable wake) {
        waiting.add(wake);
    }

    void forget(Runnable wake) {
        waiting.remove(wake);
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::listen, "events-appended-listener");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = listener;
        listener = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }

    private void listen() {
        while (listener == Thread.currentThread()) {
            try (Connection connection = DriverManager.getConnection(database.determineUrl(), database.determineUsername(),
                    database.determinePassword()); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                wakeAll();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (listener == Thread.currentThread()) {
                    PGNotification[] heard = notifications.getNotifications(WAIT_MILLIS);
                    if (heard != null && heard.length > 0) {
                        wakeAll();
                    }
                }
            } catch (SQLException e) {
                if (listener == Thread.currentThread()) {
                    log.warn("Listening for appended events failed; reconnecting: {}", e.getMessage());
                    pause();
                }
            }
        }
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

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(RECONNECT_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
