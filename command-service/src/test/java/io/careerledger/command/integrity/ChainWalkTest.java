package io.careerledger.command.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Where the walk says a chain breaks, for each way a stored history can be changed. */
class ChainWalkTest {

    @Test
    void anIntactChainHasNoBreak() {
        assertThat(walk(chain("career-1", 3))).isEmpty();
    }

    @Test
    void anEventInsertedWithAForgedSequenceIsAPreviousHashMismatchAtItself() {
        List<StoredEvent> events = chain("career-1", 2);
        // a forger appends a well-formed event but chains it to nothing
        events.add(event("forged", "career-1", 2, null));

        assertThat(walk(events)).containsExactly(new ChainWalk.Break("forged", "EmployeeCareer", "career-1", 2, "previous-hash-mismatch"));
    }

    @Test
    void anEditedEventIsAHashMismatchAndTheAggregatesLaterEventsAreNotJudgedAgain() {
        List<StoredEvent> events = chain("career-1", 3);
        StoredEvent second = events.get(1);
        events.set(1, new StoredEvent(second.eventIdentifier(), second.aggregateIdentifier(), second.sequenceNumber(), second.type(),
                second.timeStamp(), second.payloadType(), second.payloadRevision(), "{\"level\":9}".getBytes(StandardCharsets.UTF_8),
                second.metaData(), second.previousHash(), second.hash()));
        events.addAll(chain("career-2", 2));

        assertThat(walk(events)).containsExactly(new ChainWalk.Break("career-1-1", "EmployeeCareer", "career-1", 1, "hash-mismatch"));
    }

    @Test
    void aMissingFirstEventIsNamedAtTheEventFoundInItsPlace() {
        List<StoredEvent> events = chain("career-1", 2);
        events.remove(0);

        assertThat(walk(events)).containsExactly(new ChainWalk.Break("career-1-1", "EmployeeCareer", "career-1", 1, "missing-event"));
    }

    private static List<ChainWalk.Break> walk(List<StoredEvent> events) {
        ChainWalk walk = new ChainWalk();
        return events.stream().map(walk::next).flatMap(Optional::stream).toList();
    }

    /** {@code length} events of one aggregate, chained as the database chains them. */
    private static List<StoredEvent> chain(String aggregate, int length) {
        List<StoredEvent> events = new ArrayList<>();
        byte[] previous = null;
        for (int sequence = 0; sequence < length; sequence++) {
            StoredEvent event = event(aggregate + "-" + sequence, aggregate, sequence, previous);
            events.add(event);
            previous = event.hash();
        }
        return events;
    }

    private static StoredEvent event(String id, String aggregate, long sequence, byte[] previous) {
        StoredEvent unhashed = new StoredEvent(id, aggregate, sequence, "EmployeeCareer", "2026-03-02T10:00:00Z",
                "io.careerledger.events.GoalSet", "1", "{\"level\":2}".getBytes(StandardCharsets.UTF_8), null, previous, null);
        return new StoredEvent(id, aggregate, sequence, unhashed.type(), unhashed.timeStamp(), unhashed.payloadType(),
                unhashed.payloadRevision(), unhashed.payload(), null, previous, HashChain.hash(previous, unhashed));
    }
}
