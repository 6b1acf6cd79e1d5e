package io.careerledger.query.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.EventTypes;
import io.careerledger.events.PersonalDataErased;
import io.careerledger.query.consumption.ReadModelChanged;
import io.careerledger.query.personaldata.PersonalDataKeys;

/**
 * Tells every replica of the changes one replica applied: each transaction that applies events sends
 * them with PostgreSQL {@code NOTIFY}, which is delivered on commit only, to every session that
 * {@code LISTEN}s; each replica listens on a connection of its own and hands what it hears to its
 * streams. A replica that loses the connection misses the hints sent meanwhile (the views themselves
 * are never behind: a client re-reads on the next one).
 *
 * <p>An erasure is applied by one replica, which drops the person's data keys; every other replica
 * drops them when it hears of it, rather than opening the person's texts from its cache until the
 * keys expire (one that missed the hint still keeps them for {@code key-cache-ttl} at most).
 */
@Component
class ChangeNotifications implements SmartLifecycle {

    static final String CHANNEL = "read_model_changed";

    private static final Logger log = LoggerFactory.getLogger(ChangeNotifications.class);
    private static final Duration WAIT = Duration.ofMillis(500);
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final DataSourceProperties database;
    private final LiveUpdates live;
    private final PersonalDataKeys keys;
    private final Timer delivery;
    private volatile Thread listener;

    ChangeNotifications(JdbcTemplate jdbc, JsonMapper json, DataSourceProperties database, LiveUpdates live, PersonalDataKeys keys,
                        MeterRegistry meters) {
        this.jdbc = jdbc;
        this.json = json;
        this.database = database;
        this.live = live;
        this.keys = keys;
        this.delivery = Timer.builder("careerledger.live.notification.delay")
                .description("From the commit of an applied event to its change being heard by this replica (NOTIFY to LISTEN)")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    /** In the applying transaction: the changes are sent together just before it commits. */
    @EventListener
    void changed(ReadModelChanged change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<ReadModelChanged> pending = (List<ReadModelChanged>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<ReadModelChanged> changes = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, changes);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    send(changes);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResource(ChangeNotifications.this);
                }
            });
            pending = changes;
        }
        pending.add(change);
    }

    private void send(List<ReadModelChanged> changes) {
        String sentAt = String.valueOf(Instant.now().toEpochMilli());
        String[] payloads = changes.stream().map(change -> sentAt + " " + json.writeValueAsString(change)).toArray(String[]::new);
        jdbc.query("SELECT pg_notify(?, payload) FROM unnest(?::text[]) AS payload", row -> { }, CHANNEL, payloads);
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::listen, "live-change-listener");
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
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (listener == Thread.currentThread()) {
                    PGNotification[] heard = notifications.getNotifications((int) WAIT.toMillis());
                    if (heard != null) {
                        for (PGNotification notification : heard) {
                            hear(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (listener == Thread.currentThread()) {
                    log.warn("Listening for read-model changes failed; reconnecting: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void hear(String payload) {
        int space = payload.indexOf(' ');
        delivery.record(Duration.between(Instant.ofEpochMilli(Long.parseLong(payload.substring(0, space))), Instant.now()));
        try {
            ReadModelChanged change = json.readValue(payload.substring(space + 1), ReadModelChanged.class);
            if (EventTypes.classOf(change.eventType()).filter(PersonalDataErased.class::equals).isPresent()) {
                keys.forget(change.employeeId());
            }
            live.changed(change);
        } catch (RuntimeException e) {
            log.warn("A change could not be passed on to the live streams: {}", e.getMessage());
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(RECONNECT_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
