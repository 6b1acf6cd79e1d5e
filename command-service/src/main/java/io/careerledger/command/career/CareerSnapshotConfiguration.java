package io.careerledger.command.career;

import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A person's history only grows (years of assessments, goals and conversations): the careers recently
 * worked on stay in memory ({@link CareerCache}) so most commands load nothing, and a load that replayed
 * {@code threshold} events or more is followed by a snapshot ({@link ColdLoadSnapshotTriggerDefinition}),
 * so the next load reads the snapshot plus a few events.
 */
@Configuration(proxyBeanMethods = false)
class CareerSnapshotConfiguration {

    @ConfigurationProperties("careerledger.career.snapshots")
    record SnapshotProperties(@DefaultValue("100") int threshold) {
    }

    /** @param size the most careers one replica keeps in memory (fewer under memory pressure) */
    @ConfigurationProperties("careerledger.career.cache")
    record CacheProperties(@DefaultValue("10000") int size) {
    }

    @Bean
    CareerCache employeeCareerCache(CacheProperties properties) {
        return new CareerCache(properties.size());
    }

    @Bean
    SnapshotTriggerDefinition employeeCareerSnapshots(Snapshotter snapshotter, SnapshotProperties properties) {
        return new ColdLoadSnapshotTriggerDefinition(snapshotter, properties.threshold());
    }
}
