package io.careerledger.support.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Listens to one PostgreSQL {@code NOTIFY} channel on a connection of its own (a pooled one would be
 * handed to others), on a daemon thread started with the application, and passes each notification's
 * payload to {@link #heard(String)}. A notification is delivered only on its sender's commit, to every
 * session then listening: after (re)connecting, {@link #listening()} runs, since what was sent while
 * nobody listened is gone.
 */
public abstract class ChannelListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChannelListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final long RECONNECT_PAUSE_MILLIS = 1000;

    private final String channel;
    private final String url;
    private final String username;
    private final String password;
    private volatile Thread listener;

    /** @param channel a channel name (an SQL identifier) */
    protected ChannelListener(String channel, String url, String username, String password) {
        this.channel = channel;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /** Called on the listening thread with each payload ({@code ""} when none was sent). */
    protected abstract void heard(String payload);

    /** Called on the listening thread each time it starts listening. */
    protected void listening() {
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::listen, channel + "-listener");
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
            try (Connection connection = DriverManager.getConnection(url, username, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + channel);
                listening();
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
            heard(payload);
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
