package io.careerledger.command.career;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import io.careerledger.command.personaldata.ErasureListener;

/**
 * The careers recently worked on, kept in memory between commands, so a command on a person loads
 * neither a snapshot nor their events (loading was two thirds of the command-service's CPU per command).
 * Safe with replicas: an entry another replica has moved past appends at a sequence already taken, the
 * unit of work rolls back, Axon drops the entry and the command is retried on the stored history
 * ({@code AppendConflictRetry}). Values are soft, so memory pressure empties the cache before it fills
 * the heap; an erasure drops the person's entry on every replica.
 */
final class CareerCache implements Cache, ErasureListener {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> careers;

    CareerCache(int size) {
        this.careers = Caffeine.newBuilder().maximumSize(size).softValues().build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) careers.getIfPresent(key);
    }

    @Override
    public void put(Object key, Object value) {
        if (value == null) {
            careers.invalidate(key);
        } else {
            careers.put(key, value);
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return careers.asMap().putIfAbsent(key, value) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) careers.get(key, absent -> valueSupplier.get());
    }

    @Override
    public boolean remove(Object key) {
        return careers.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
        careers.invalidateAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return careers.asMap().containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        careers.asMap().computeIfPresent(key, (k, value) -> update.apply((V) value));
    }

    /** Nothing here watches entries: Axon's repositories don't need it. */
    @Override
    public Registration registerCacheEntryListener(EntryListener entryListener) {
        throw new UnsupportedOperationException("The career cache has no entry listeners");
    }

    @Override
    public void erased(String employeeId) {
        careers.invalidate(employeeId);
    }

    @Override
    public void mayHaveMissedErasures() {
        careers.invalidateAll();
    }
}
