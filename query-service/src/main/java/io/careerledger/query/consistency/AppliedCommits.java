package io.careerledger.query.consistency;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;

/**
 * Wakes the reads waiting for a consistency token when any replica commits applied events (this
 * replica hears each commit's {@code NOTIFY}), so they check again at once rather than on a timer. A
 * count, not a flag: a commit heard between a read's check and its wait is not missed.
 */
@Component
public class AppliedCommits {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition heard = lock.newCondition();
    private long count;

    /** Called for each change heard on the {@code read_model_changed} channel. */
    public void heard() {
        lock.lock();
        try {
            count++;
            heard.signalAll();
        } finally {
            lock.unlock();
        }
    }

    long count() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    /** Returns once a commit after the {@code seen}th is heard, or after {@code nanos}. */
    void awaitAfter(long seen, long nanos) throws InterruptedException {
        lock.lock();
        try {
            long left = nanos;
            while (count == seen && left > 0) {
                left = heard.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }
}
