package io.careerledger.command.career;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A person's history only grows (years of assessments, goals and conversations): a snapshot every
 * {@code threshold} events keeps loading their career to the snapshot plus a few events.
 */
@Configuration(proxyBeanMethods = false)
class CareerSnapshotConfiguration {

    @ConfigurationProperties("careerledger.career.snapshots")
    record SnapshotProperties(@DefaultValue("100") int threshold) {
    }

    @Bean
    SnapshotTriggerDefinition employeeCareerSnapshots(Snapshotter snapshotter, SnapshotProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.threshold());
    }
}
