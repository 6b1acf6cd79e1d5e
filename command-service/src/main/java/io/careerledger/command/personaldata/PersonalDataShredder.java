package io.careerledger.command.personaldata;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.careerledger.events.PersonalDataErased;

/**
 * Carries out an erasure in the transaction that stores {@link PersonalDataErased} (a subscribing
 * processor): the person's key is destroyed and their career's snapshots, which were made while the
 * key could still be read, are dropped. The next load folds the career from its events, whose personal
 * fields now read as erased.
 */
@Component
@ProcessingGroup(PersonalDataShredder.PROCESSING_GROUP)
class PersonalDataShredder {

    static final String PROCESSING_GROUP = "personal-data-keys";

    private final PersonalDataKeys keys;
    private final JdbcClient jdbc;

    PersonalDataShredder(PersonalDataKeys keys, JdbcClient jdbc) {
        this.keys = keys;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PersonalDataErased event) {
        keys.destroy(event.employeeId());
        jdbc.sql("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?").param(event.employeeId()).update();
    }
}
