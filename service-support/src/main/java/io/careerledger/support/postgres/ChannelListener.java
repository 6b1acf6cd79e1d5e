package io.careerledger.support.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to one PostgreSQL {@code NOTIFY} channel on a connection of its own (a pooled one would be
 * handed to others), on a daemon thread, and passes each notification's payload on. A notification is
 * delivered only on its sender's commit, to every session then listening: after (re)connecting,
 * {@code connected} runs, since what was sent while nobody listened is gone.
 */
public final class ChannelListener {

    /** Opens a new connection to the database. */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    private static final Logger log = LoggerFactory.getLogger(ChannelListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final long RECONNECT_PAUSE_MILLIS = 1000;

    private final String channel;
    private final Connector connector;
    private final Consumer<String> heard;
    private final Runnable connected;
    private volatile Thread listener;

    /**
     * @param channel   a channel name (an SQL identifier)
     * @param heard     called on the listening thread with each payload ({@code ""} when none was sent)
     * @param connected called on the listening thread each time it starts listening
     */
    public ChannelListener(String channel, Connector connector, Consumer<String> heard, Runnable connected) {
        this.channel = channel;
        this.connector = connector;
        this.heard = heard;
        this.connected = connected;
    }

    public void start() {
        Thread thread = new Thread(this::listen, channel + "-listener");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    public void stop() {
        Thread thread = listener;
        listener = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    public boolean isRunning() {
        return listener != null;
    }

    private void listen() {
        while (listener == Thread.currentThread()) {
            try (Connection connection = connector.connect(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + channel);
                connected.run();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (listener == Thread.currentThread()) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            pass(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (listener == Thread.currentThread()) {
                    log.warn("Listening on {} failed; reconnecting: {}", channel, e.getMessage());
                    pause();
                }
            }
        }
    }

    private void pass(String payload) {
        try {
            heard.accept(payload);
        } catch (RuntimeException e) {
            log.warn("A notification on {} could not be passed on: {}", channel, e.getMessage());
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
