package io.careerledger.command.personaldata;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.careerledger.events.PersonalDataCipher;

/**
 * The data keys of table {@code personal_data_key}, cached per replica for {@code keyCacheTtl}; an erasure
 * drops the person's key from every replica's cache as it commits ({@link ErasedKeys}).
 *
 * <p>A person's key is created in the transaction that stores their first personal field and cached only
 * once that commits: a rolled-back command leaves neither a key nor a ciphertext made with it. Two
 * replicas creating the same person's key meet on the primary key; the later one reads the first's.
 */
@Component
public class PersonalDataKeys implements ErasureListener {

    private static final int CACHED_KEYS = 100_000;

    private final JdbcClient jdbc;
    private final Cache<String, DataKey> byPerson;
    private final Cache<String, DataKey> byKeyId;

    PersonalDataKeys(JdbcClient jdbc, PersonalDataProperties properties) {
        this.jdbc = jdbc;
        this.byPerson = Caffeine.newBuilder().maximumSize(CACHED_KEYS).expireAfterWrite(properties.keyCacheTtl()).build();
        this.byKeyId = Caffeine.newBuilder().maximumSize(CACHED_KEYS).expireAfterWrite(properties.keyCacheTtl()).build();
    }

    /** The person's key, created on first use; destroyed if their data was erased. */
    public DataKey keyOf(String employeeId) {
        DataKey cached = byPerson.getIfPresent(employeeId);
        if (cached != null) {
            return cached;
        }
        jdbc.sql("INSERT INTO personal_data_key (employee_id, key_id, key_material) VALUES (?, ?, ?) ON CONFLICT (employee_id) DO NOTHING")
                .params(employeeId, PersonalDataCipher.newKeyId(), PersonalDataCipher.newKey())
                .update();
        DataKey key = jdbc.sql("SELECT employee_id, key_id, key_material FROM personal_data_key WHERE employee_id = ?")
                .param(employeeId)
                .query((row, index) -> new DataKey(row.getString(1), row.getString(2), row.getBytes(3)))
                .single();
        afterCommit(() -> remember(key));
        return key;
    }

    /** The key a ciphertext names; empty if no such key was ever made. */
    public Optional<DataKey> find(String keyId) {
        DataKey cached = byKeyId.getIfPresent(keyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<DataKey> key = jdbc.sql("SELECT employee_id, key_id, key_material FROM personal_data_key WHERE key_id = ?")
                .param(keyId)
                .query((row, index) -> new DataKey(row.getString(1), row.getString(2), row.getBytes(3)))
                .optional();
        key.ifPresent(found -> afterCommit(() -> remember(found)));
        return key;
    }

    /**
     * Destroys the person's key for good; a person without one gets a destroyed one, so nothing personal
     * of theirs is ever encrypted again.
     */
    public void destroy(String employeeId) {
        jdbc.sql("""
                INSERT INTO personal_data_key (employee_id, key_id, key_material, destroyed_at) VALUES (?, ?, NULL, now())
                ON CONFLICT (employee_id) DO UPDATE SET key_material = NULL, destroyed_at = coalesce(personal_data_key.destroyed_at, now())""")
                .params(employeeId, PersonalDataCipher.newKeyId())
                .update();
        // every replica's ErasedKeys hears it on commit and drops the key from its cache
        jdbc.sql("SELECT pg_notify(?, ?)").params(ErasedKeys.CHANNEL, employeeId).query(row -> { });
        forget(employeeId);
        afterCommit(() -> forget(employeeId));
    }

    private void remember(DataKey key) {
        byPerson.put(key.employeeId(), key);
        byKeyId.put(key.keyId(), key);
    }

    @Override
    public void erased(String employeeId) {
        forget(employeeId);
    }

    @Override
    public void mayHaveMissedErasures() {
        byPerson.invalidateAll();
        byKeyId.invalidateAll();
    }

    private void forget(String employeeId) {
        DataKey key = byPerson.getIfPresent(employeeId);
        byPerson.invalidate(employeeId);
        if (key != null) {
            byKeyId.invalidate(key.keyId());
        }
        byKeyId.asMap().values().removeIf(cached -> cached.employeeId().equals(employeeId));
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
