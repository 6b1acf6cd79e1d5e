package io.careerledger.command.personaldata;

import java.util.List;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

import io.careerledger.support.postgres.ChannelListener;

/**
 * Hears of each erasure, whichever replica carried it out ({@code NOTIFY personal_data_erased} with the
 * person's id, sent in the erasure's transaction), and tells what holds people's data in this replica's
 * memory (the key cache, the cached careers), so no replica uses their data after the erasure commits.
 * While it did not listen it may have missed one: then everything held goes.
 */
@Component
class ErasedKeys extends ChannelListener {

    static final String CHANNEL = "personal_data_erased";

    private final List<ErasureListener> holders;

    ErasedKeys(DataSourceProperties database, List<ErasureListener> holders) {
        super(CHANNEL, database.determineUrl(), database.determineUsername(), database.determinePassword());
        this.holders = holders;
    }

    @Override
    protected void heard(String employeeId) {
        holders.forEach(holder -> holder.erased(employeeId));
    }

    @Override
    protected void listening() {
        holders.forEach(ErasureListener::mayHaveMissedErasures);
    }
}
