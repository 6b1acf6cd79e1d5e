package io.careerledger.command.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import io.careerledger.command.support.CommandServiceIntegrationTest;

@CommandServiceIntegrationTest
class CareerEventsTopicIntegrationTest {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void theTopicIsCreatedWithSixPartitionsAndUnlimitedRetention() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var topic = admin.describeTopics(List.of("career.events.v1")).allTopicNames().get().get("career.events.v1");
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, "career.events.v1");
            Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);

            assertThat(topic.partitions()).hasSize(6);
            assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");
            assertThat(config.get(TopicConfig.RETENTION_BYTES_CONFIG).value()).isEqualTo("-1");
        }
    }
}
