package io.careerledger.command.eventstore;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * db-scheduler on PostgreSQL: with this {@link Scheduler} bean Axon's auto-configuration uses its
 * {@code DbSchedulerDeadlineManager}, so deadlines are rows in {@code scheduled_tasks} and survive
 * restarts of any replica.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineSchedulerConfiguration {

    @Bean(destroyMethod = "")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> axonTasks) {
        return Scheduler.create(dataSource, axonTasks)
                .tableName("scheduled_tasks")
                .pollingInterval(Duration.ofSeconds(1))
                .build();
    }

    /** Starts polling once Axon is up (its deadline handlers need the aggregates registered). */
    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE - 100;
            }
        };
    }
}
