package io.careerledger.command.personaldata;

import java.sql.DriverManager;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.careerledger.support.postgres.ChannelListener;

/**
 * Hears of each erasure, whichever replica carried it out ({@code NOTIFY personal_data_erased} with the
 * person's id, sent in the erasure's transaction), and drops that person's key from this replica's
 * cache, so no replica opens their data after the erasure commits. While it did not listen it may
 * have missed one: then the whole cache goes.
 */
@Component
class ErasedKeys implements SmartLifecycle {

    static final String CHANNEL = "personal_data_erased";

    private final ChannelListener listener;

    ErasedKeys(DataSourceProperties database, PersonalDataKeys keys) {
        this.listener = new ChannelListener(CHANNEL, () -> DriverManager.getConnection(database.determineUrl(),
                database.determineUsername(), database.determinePassword()), keys::forget, keys::forgetAll);
    }

    @Override
    public void start() {
        listener.start();
    }

    @Override
    public void stop() {
        listener.stop();
    }

    @Override
    public boolean isRunning() {
        return listener.isRunning();
    }
}
