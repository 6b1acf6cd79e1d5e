package io.careerledger.query.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.EventTypes;
import io.careerledger.query.consistency.AppliedCommits;
import io.careerledger.events.PersonalDataErased;
import io.careerledger.query.consumption.ReadModelChanged;
import io.careerledger.query.personaldata.PersonalDataKeys;
import io.careerledger.support.postgres.ChannelListener;

/**
 * Tells every replica of the changes one replica applied: each transaction that applies events sends
 * them with PostgreSQL {@code NOTIFY}, which is delivered on commit only, to every session that
 * {@code LISTEN}s; each replica listens on a connection of its own and hands what it hears to its
 * streams. A replica that loses the connection misses the hints sent meanwhile (the views themselves
 * are never behind: a client re-reads on the next one). Reads waiting for a consistency token are woken too.
 *
 * <p>An erasure is applied by one replica, which drops the person's data keys; every other replica
 * drops them when it hears of it, rather than opening the person's texts from its cache until the
 * keys expire; one that did not listen for a while may have missed an erasure, and drops every key.
 */
@Component
class ChangeNotifications extends ChannelListener {

    static final String CHANNEL = "read_model_changed";

    private static final Logger log = LoggerFactory.getLogger(ChangeNotifications.class);

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final LiveUpdates live;
    private final PersonalDataKeys keys;
    private final Timer delivery;
    private final AppliedCommits commits;

    ChangeNotifications(JdbcTemplate jdbc, JsonMapper json, DataSourceProperties database, LiveUpdates live, PersonalDataKeys keys,
                        AppliedCommits commits, MeterRegistry meters) {
        super(CHANNEL, database.determineUrl(), database.determineUsername(), database.determinePassword());
        this.jdbc = jdbc;
        this.json = json;
        this.live = live;
        this.keys = keys;
        this.commits = commits;
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

    /** A replica that did not listen for a while may have missed an erasure: it drops every key. */
    @Override
    protected void listening() {
        keys.forgetAll();
    }

    @Override
    protected void heard(String payload) {
        commits.heard();
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
}
