package io.careerledger.command.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

/** Only the events a load replays count towards a snapshot, and one load asks for at most one. */
class ColdLoadSnapshotTriggerDefinitionTest {

    private final List<String> scheduled = new ArrayList<>();
    private final Snapshotter snapshotter = (type, id) -> scheduled.add(type.getSimpleName() + "/" + id);
    private final ColdLoadSnapshotTriggerDefinition definition = new ColdLoadSnapshotTriggerDefinition(snapshotter, 3);

    @Test
    void aLoadThatReplaysTheThresholdAsksForOneSnapshot() {
        SnapshotTrigger trigger = definition.prepareTrigger(EmployeeCareer.class);

        handle(trigger, 7);
        trigger.initializationFinished();
        handle(trigger, 5);

        assertThat(scheduled).containsExactly("EmployeeCareer/ada");
    }

    @Test
    void aShortLoadAsksForNone() {
        SnapshotTrigger trigger = definition.prepareTrigger(EmployeeCareer.class);

        handle(trigger, 2);
        trigger.initializationFinished();
        handle(trigger, 5);

        assertThat(scheduled).isEmpty();
    }

    @Test
    void eventsAppliedToACareerKeptInMemoryAfterTheCommandThatCreatedItDoNotCount() {
        UnitOfWork<?> creation = DefaultUnitOfWork.startAndGet(null);
        SnapshotTrigger created = definition.prepareTrigger(EmployeeCareer.class);
        handle(created, 1);
        creation.commit();

        handle(created, 5);

        assertThat(scheduled).isEmpty();
    }

    @Test
    void eventsAppliedToACareerDeserializedFromTheCacheDoNotCount() {
        SnapshotTrigger fromCache = definition.reconfigure(EmployeeCareer.class, definition.prepareTrigger(EmployeeCareer.class));

        handle(fromCache, 5);

        assertThat(scheduled).isEmpty();
    }

    private static void handle(SnapshotTrigger trigger, int events) {
        for (int i = 0; i < events; i++) {
            trigger.eventHandled(new GenericDomainEventMessage<>("EmployeeCareer", "ada", i, "event " + i));
        }
    }
}
