package io.careerledger.command.career;

import org.axonframework.eventsourcing.AbstractSnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * A career is snapshotted, once, after a command whose load replayed at least {@code threshold} events
 * from the event store: the next load (another replica, or after the {@link CareerCache} let it go) reads
 * the snapshot and a few events. Events applied while the career is in memory are not counted. Axon's
 * {@code EventCountSnapshotTriggerDefinition} counted them too, so every {@code threshold} commands on a
 * cached career re-read its history and serialized the whole of it (8.6% of the command-service's CPU)
 * for a snapshot that only a load would use; and it scheduled a snapshot for every {@code threshold}
 * events of one long load.
 */
final class ColdLoadSnapshotTriggerDefinition implements SnapshotTriggerDefinition {

    private final Snapshotter snapshotter;
    private final int threshold;

    ColdLoadSnapshotTriggerDefinition(Snapshotter snapshotter, int threshold) {
        this.snapshotter = snapshotter;
        this.threshold = threshold;
    }

    /**
     * Called as a command loads or creates a career. A created career is never told that its loading
     * finished, and stays in the cache with this trigger: the command's end ends the counting as well.
     */
    @Override
    public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
        ColdLoadTrigger trigger = new ColdLoadTrigger(snapshotter, aggregateType, threshold);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().onCleanup(unitOfWork -> trigger.loaded = true);
        }
        return trigger;
    }

    /** Axon's caching repository calls this for a career it deserialized from its cache: nothing is replayed any more. */
    @Override
    public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
        ColdLoadTrigger inMemory = trigger instanceof ColdLoadTrigger known ? known : new ColdLoadTrigger(snapshotter, aggregateType, threshold);
        inMemory.setSnapshotter(snapshotter);
        inMemory.loaded = true;
        return inMemory;
    }

    private static final class ColdLoadTrigger extends AbstractSnapshotTrigger {

        private final int threshold;
        private int replayed;
        /** Loaded, or its first command done: the events handled from now on are new ones. */
        private boolean loaded;

        ColdLoadTrigger(Snapshotter snapshotter, Class<?> aggregateType, int threshold) {
            super(snapshotter, aggregateType);
            this.threshold = threshold;
        }

        @Override
        protected boolean exceedsThreshold() {
            return !loaded && ++replayed == threshold;
        }

        /** Not restarted: one load asks for one snapshot, however many events it replays. */
        @Override
        protected void reset() {
        }

        @Override
        public void initializationFinished() {
            super.initializationFinished();
            loaded = true;
        }
    }
}
