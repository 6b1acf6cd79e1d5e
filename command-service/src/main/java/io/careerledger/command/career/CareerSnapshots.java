package io.careerledger.command.career;

import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Snapshots for the careers whose history grew without them: events imported or migrated straight into
 * the event store never pass the snapshot trigger, so the first command on a long history would fold
 * every one of its events. Each snapshot is Axon's {@link Snapshotter}'s, the one the trigger uses: same
 * serializer, personal texts encrypted under the person's key (an erased person's as erased), older
 * snapshots replaced.
 */
@Component
class CareerSnapshots {

    static final String AGGREGATE_TYPE = EmployeeCareer.class.getSimpleName();

    /** The careers with at least {@code :events} events after their last snapshot (or since their first event). */
    private static final String BEHIND = """
            SELECT e.aggregate_identifier, coalesce(s.last, -1) AS snapshot
            FROM (SELECT aggregate_identifier, max(sequence_number) AS last FROM domain_event_entry
                  WHERE type = :type GROUP BY aggregate_identifier) e
            LEFT JOIN (SELECT aggregate_identifier, max(sequence_number) AS last FROM snapshot_event_entry
                       WHERE type = :type GROUP BY aggregate_identifier) s USING (aggregate_identifier)
            WHERE e.last - coalesce(s.last, -1) >= :events
            ORDER BY e.aggregate_identifier""";

    /** How many careers were behind, how many of them got a new snapshot, how long it took. */
    @Schema(example = """
            {"eventsSinceSnapshot": 100, "careers": 1, "written": 1, "tookMillis": 412}""")
    record SnapshotsWritten(int eventsSinceSnapshot, int careers, int written, long tookMillis) {
    }

    private record Behind(String employeeId, long snapshot) {
    }

    private final Snapshotter snapshotter;
    private final JdbcClient jdbc;

    CareerSnapshots(Snapshotter snapshotter, JdbcClient jdbc) {
        this.snapshotter = snapshotter;
        this.jdbc = jdbc;
    }

    /**
     * Snapshots every career at least {@code eventsSinceSnapshot} events past its last one, one after the
     * other: Axon's snapshotter runs each in the calling thread (its default executor) outside a unit of
     * work, so it has stored it, or logged why not, when {@code scheduleSnapshot} returns.
     */
    SnapshotsWritten writeBehind(int eventsSinceSnapshot) {
        long started = System.nanoTime();
        List<Behind> behind = jdbc.sql(BEHIND)
                .param("type", AGGREGATE_TYPE)
                .param("events", eventsSinceSnapshot)
                .query((row, index) -> new Behind(row.getString(1), row.getLong(2)))
                .list();
        int written = 0;
        for (Behind career : behind) {
            snapshotter.scheduleSnapshot(EmployeeCareer.class, career.employeeId());
            if (lastSnapshot(career.employeeId()) > career.snapshot()) {
                written++;
            }
        }
        long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
        return new SnapshotsWritten(eventsSinceSnapshot, behind.size(), written, took);
    }

    private long lastSnapshot(String employeeId) {
        return jdbc.sql("SELECT coalesce(max(sequence_number), -1) FROM snapshot_event_entry WHERE aggregate_identifier = ?")
                .param(employeeId)
                .query(Long.class)
                .single();
    }
}
