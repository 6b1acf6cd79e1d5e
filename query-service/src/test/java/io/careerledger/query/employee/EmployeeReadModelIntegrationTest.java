package io.careerledger.query.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.client.RestClient;

import io.careerledger.query.QueryServiceApplication;
import io.careerledger.testsupport.RealInfrastructureInitializer;

/** Events arrive on the real topic as the command-service publishes them; the API serves them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = QueryServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
@ActiveProfiles("local")
class EmployeeReadModelIntegrationTest {

    @Value("${local.server.port}")
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Value("${careerledger.security.token-secret}")
    String tokenSecret;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRegisteredEmployeeBecomesReadableAndARedeliveryChangesNothing() {
        String employeeId = UUID.randomUUID().toString();
        CloudEvent registered = employeeRegistered(employeeId);

        publish(registered);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get("/api/employees/" + employeeId, token("hr-1", "HR")).status()).isEqualTo(200));
        publish(registered);
        String marker = UUID.randomUUID().toString();
        publish(employeeRegistered(marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("audit_event", "event_id = ?", marker + "-event") == 1);

        Response employee = get("/api/employees/" + employeeId, token("hr-1", "HR"));
        assertThat(employee.body()).contains("\"fullName\":\"Katherine Johnson\"", "\"level\":4", "\"hireDate\":\"2022-05-02\"");
        assertThat(rows("audit_event", "event_id = ?", registered.getId())).isEqualTo(1);
        assertThat(rows("employee_view", "employee_id = ?", employeeId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT actor_id FROM audit_event WHERE event_id = ?", String.class, registered.getId()))
                .isEqualTo("hr-1");
    }

    @Test
    void theListIsPaginatedForHr() {
        String employeeId = UUID.randomUUID().toString();
        publish(employeeRegistered(employeeId));
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("employee_view", "employee_id = ?", employeeId) == 1);

        Response page = get("/api/employees?size=500", token("hr-1", "HR"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(employeeId, "\"page\":{\"size\":500");
    }

    @Test
    void unknownIdsAre404ProblemsAndAccessIsChecked() {
        Response unknown = get("/api/employees/nobody", token("hr-1", "HR"));
        Response anonymous = get("/api/employees", null);
        Response notHr = get("/api/employees", token("emp-1", "EMPLOYEE"));
        Response someoneElse = get("/api/employees/emp-2", token("emp-1", "EMPLOYEE"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.body()).contains("/problems/not-found");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).isEqualTo("application/problem+json");
        assertThat(notHr.status()).isEqualTo(403);
        assertThat(someoneElse.status()).isEqualTo(403);
    }

    private CloudEvent employeeRegistered(String employeeId) {
        String body = """
                {"employeeId":"%s","fullName":"Katherine Johnson","email":"kj@example.org","managerId":null,
                 "level":4,"hireDate":"2022-05-02"}""".formatted(employeeId);
        return CloudEventBuilder.v1()
                .withId(employeeId + "-event")
                .withSource(URI.create("urn:careerledger:command-service"))
                .withType("io.careerledger.EmployeeRegistered.v1")
                .withSubject(employeeId)
                .withTime(OffsetDateTime.now())
                .withExtension("aggregatesequence", 0L)
                .withExtension("actorid", "hr-1")
                .withData("application/json", body.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** In production the command-service creates the topic; here this test is the only producer. */
    @BeforeEach
    void topicExists() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (!admin.listTopics().names().get().contains("career.events.v1")) {
                admin.createTopics(List.of(new NewTopic("career.events.v1", 6, (short) 1))).all().get();
            }
        }
    }

    private void publish(CloudEvent event) {
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new CloudEventSerializer())) {
            producer.send(new ProducerRecord<>("career.events.v1", event.getSubject(), event));
        }
    }

    private int rows(String table, String where, Object argument) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE " + where, Integer.class, argument);
    }

    private String token(String subject, String... roles) {
        var encoder = new NimbusJwtEncoder(new ImmutableSecret<>(
                new SecretKeySpec(tokenSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256")));
        JwtClaimsSet claims = JwtClaimsSet.builder().subject(subject).issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600)).claim("roles", List.of(roles)).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    private Response get(String path, String token) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                })
                .exchange((request, response) -> new Response(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()),
                        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    record Response(int status, String contentType, String body) {
    }
}
