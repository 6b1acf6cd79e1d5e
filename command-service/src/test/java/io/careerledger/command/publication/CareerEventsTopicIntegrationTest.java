package io.careerledger.command.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.CommandServiceIntegrationTest;

@CommandServiceIntegrationTest
class CareerEventsTopicIntegrationTest {

    private static final String TOPIC = "career.events.v1";

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Value("${local.server.port}")
    int port;

    @Test
    void theTopicIsCreatedWithSixPartitionsAndUnlimitedRetention() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var topic = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
            Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);

            assertThat(topic.partitions()).hasSize(6);
            assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");
            assertThat(config.get(TopicConfig.RETENTION_BYTES_CONFIG).value()).isEqualTo("-1");
        }
    }

    /**
     * A person's career, a conversation with them and their promotion case share the employee's key;
     * the aggregate extensions tell them apart, and each one's sequence runs from 0 without a gap
     * (the framework they are on, under its own key, too).
     */
    @Test
    void eachAggregateOnASharedKeyCarriesItsTypeIdAndAContiguousSequenceFromZero() {
        ApiClient api = new ApiClient(port);
        String hr = api.token("hr-1", "HR");
        String frameworkId = "three-track-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.publishThreeTrack(frameworkId, hr).status()).isEqualTo(201);
        String employeeId = UUID.randomUUID().toString();
        String managerId = UUID.randomUUID().toString();
        String conversationId = UUID.randomUUID().toString();
        String caseId = UUID.randomUUID().toString();
        String employee = api.token(employeeId, "EMPLOYEE");
        String manager = api.token(managerId, "MANAGER", "EMPLOYEE");
        List<Integer> answers = new ArrayList<>();
        answers.add(api.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Ada Lovelace", "email": "ada@example.org", "managerId": "%s",
                 "frameworkId": "%s", "level": 2, "hireDate": "2024-02-01"}""".formatted(employeeId, managerId, frameworkId)).status());
        answers.add(api.post("/api/conversations", manager, """
                {"conversationId": "%s", "employeeId": "%s", "kind": "CAREER_PLANNING", "participants": [], "scheduledFor": "%s"}"""
                .formatted(conversationId, employeeId, Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES))).status());
        answers.add(api.post("/api/employees/" + employeeId + "/track", employee, """
                {"trackId": "expert", "reason": "Strengths", "agreedBy": "%s", "conversationId": "%s"}"""
                .formatted(managerId, conversationId)).status());
        answers.add(api.post("/api/conversations/" + conversationId + "/notes", manager, """
                {"noteId": "%s", "text": "Wants to stay hands-on", "visibility": "SHARED"}""".formatted(UUID.randomUUID())).status());
        answers.add(api.post("/api/promotion-cases", manager, """
                {"caseId": "%s", "employeeId": "%s", "targetLevel": 3, "justification": "Reference for payments"}"""
                .formatted(caseId, employeeId)).status());
        answers.add(api.post("/api/employees/" + employeeId + "/goals", employee, """
                {"goalId": "%s", "title": "Run the guild", "measure": "Six sessions with minutes", "dueDate": "%s"}"""
                .formatted(UUID.randomUUID(), LocalDate.now().plusMonths(6))).status());
        answers.add(api.post("/api/promotion-cases/" + caseId + "/withdrawal", manager, "{\"reason\": \"Next cycle\"}").status());
        answers.add(api.post("/api/conversations/" + conversationId + "/conclusion", manager, "{\"summary\": \"Expert track.\"}").status());
        assertThat(answers).allMatch(status -> status >= 200 && status < 300);

        // per aggregate, its sequences in topic order (deduplicated on ce_id, as a consumer would)
        Map<List<String>, List<Long>> sequences = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        try (KafkaConsumer<String, CloudEvent> consumer = consumer()) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(500))) {
                    CloudEvent event = record.value();
                    if ((record.key().equals(employeeId) || record.key().equals(frameworkId)) && seen.add(event.getId())) {
                        List<String> aggregate = List.of(String.valueOf(event.getExtension("aggregatetype")),
                                String.valueOf(event.getExtension("aggregateid")));
                        sequences.computeIfAbsent(aggregate, key -> new ArrayList<>())
                                .add(Long.parseLong(String.valueOf(event.getExtension("aggregatesequence"))));
                    }
                }
                return seen.size() >= 12;
            });
        }

        assertThat(sequences).containsOnlyKeys(List.of("EmployeeCareer", employeeId), List.of("ProgressionConversation", conversationId),
                List.of("PromotionCase", caseId), List.of("CareerFramework", frameworkId));
        sequences.forEach((aggregate, inTopicOrder) -> assertThat(inTopicOrder).as("%s", aggregate)
                .containsExactlyElementsOf(LongStream.range(0, inTopicOrder.size()).boxed().toList()));
        assertThat(sequences.get(List.of("EmployeeCareer", employeeId))).hasSize(3);
        assertThat(sequences.get(List.of("ProgressionConversation", conversationId))).hasSize(3);
        assertThat(sequences.get(List.of("PromotionCase", caseId))).hasSize(2);
        // proposed, approved twice, published: under the framework's own key
        assertThat(sequences.get(List.of("CareerFramework", frameworkId))).hasSize(4);
    }

    private KafkaConsumer<String, CloudEvent> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new CloudEventDeserializer());
    }
}
