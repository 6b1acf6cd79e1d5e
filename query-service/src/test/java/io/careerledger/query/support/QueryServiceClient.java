package io.careerledger.query.support;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.EventTypes;

/**
 * Plays the command-service's part for query-service tests — CloudEvents onto the real topic, tokens
 * signed with the local secret — and calls the API as a dashboard would.
 */
public final class QueryServiceClient {

    public static final String TOPIC = "career.events.v1";
    /** As the command-service writes payloads: ISO dates (Jackson 3's default) and absent values left out. */
    private static final JsonMapper PAYLOADS = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private final Environment environment;
    private final String bootstrapServers;
    /** The topic the service consumes: a test with a private one keeps its records from every other test's consumers. */
    private final String topic;
    private final NimbusJwtEncoder tokens;

    QueryServiceClient(Environment environment, @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
                       @Value("${careerledger.security.token-secret}") String tokenSecret) {
        this.environment = environment;
        this.bootstrapServers = bootstrapServers;
        this.topic = environment.getProperty("careerledger.consumption.topic", TOPIC);
        this.tokens = new NimbusJwtEncoder(new ImmutableSecret<>(
                new SecretKeySpec(tokenSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256")));
        createTopicWhenMissing();
    }

    public static CloudEvent employeeRegistered(String eventId, String employeeId, String fullName) {
        return employeeRegistered(eventId, employeeId, fullName, "hr-1", OffsetDateTime.now());
    }

    public static CloudEvent employeeRegistered(String eventId, String employeeId, String fullName, String actor,
                                                OffsetDateTime time) {
        return employeeRegistered(eventId, employeeId, fullName, null, actor, time);
    }

    public static CloudEvent employeeRegistered(String eventId, String employeeId, String fullName, String managerId,
                                                String actor, OffsetDateTime time) {
        return employeeRegistered(eventId, employeeId, fullName, managerId, actor, time, 2);
    }

    /** Revision 1 (before frameworks existed) has no frameworkId; records of it stay on the topic forever. */
    public static CloudEvent employeeRegisteredRevisionOne(String eventId, String employeeId, String fullName) {
        return employeeRegistered(eventId, employeeId, fullName, null, "hr-1", OffsetDateTime.now(), 1);
    }

    private static CloudEvent employeeRegistered(String eventId, String employeeId, String fullName, String managerId,
                                                 String actor, OffsetDateTime time, int revision) {
        String manager = managerId == null ? "" : ",\"managerId\":\"" + managerId + "\"";
        String framework = revision == 1 ? "" : ",\"frameworkId\":\"three-track\"";
        String body = """
                {"employeeId":"%s","fullName":"%s","email":"someone@example.org","level":4,"hireDate":"2022-05-02"%s%s}"""
                .formatted(employeeId, fullName, manager, framework);
        return envelope(eventId, "io.careerledger.EmployeeRegistered.v" + revision, employeeId, actor, time,
                body.getBytes(StandardCharsets.UTF_8))
                .withExtension("reason", "joined")
                .build();
    }

    /** A contract event of the current revision as the command-service publishes it. */
    public static CloudEvent careerEvent(String eventId, CareerEvent event, String actor, OffsetDateTime time) {
        return envelope(eventId, EventTypes.typeOf(event.getClass()), event.subject(), actor, time, PAYLOADS.writeValueAsBytes(event))
                .build();
    }

    private static CloudEventBuilder envelope(String eventId, String type, String subject, String actor, OffsetDateTime time,
                                              byte[] body) {
        return CloudEventBuilder.v1()
                .withId(eventId)
                .withSource(URI.create("urn:careerledger:command-service"))
                .withType(type)
                .withSubject(subject)
                .withTime(time)
                .withExtension("aggregatesequence", 0L)
                .withExtension("actorid", actor)
                .withData("application/json", body);
    }

    public void publish(CloudEvent event) {
        publishAll(event.getSubject(), List.of(event));
    }

    /** Sends the events under one key (one partition) and in one flush, so the consumer likely polls them together. */
    public void publishAll(String key, List<CloudEvent> events) {
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new CloudEventSerializer())) {
            events.forEach(event -> producer.send(new ProducerRecord<>(topic, key, event)));
        }
    }

    public String token(String subject, String... roles) {
        JwtClaimsSet claims = JwtClaimsSet.builder().subject(subject).issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600)).claim("roles", List.of(roles)).build();
        return tokens.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    public Response get(String path, String token) {
        return call(HttpMethod.GET, path, token, new HttpHeaders());
    }

    /** A read with headers of the test's choosing, such as a Consistency-Token. */
    public Response get(String path, String token, HttpHeaders headers) {
        return call(HttpMethod.GET, path, token, headers);
    }

    /** The body of {@code path} once it answers 200 with a body that is {@code ready}. */
    public JsonNode awaitBody(String path, String token, Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response response = get(path, token);
            last[0] = response.status() == 200 ? PAYLOADS.readTree(response.body()) : null;
            return last[0] != null && ready.test(last[0]);
        });
        return last[0];
    }

    public Response post(String path, String token) {
        return call(HttpMethod.POST, path, token, new HttpHeaders());
    }

    private Response call(HttpMethod method, String path, String token, HttpHeaders extra) {
        return RestClient.create("http://localhost:" + environment.getProperty("local.server.port")).method(method).uri(path)
                .headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                    headers.addAll(extra);
                })
                .exchange((request, response) -> new Response(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()),
                        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8), response.getHeaders()));
    }

    /** In production the command-service creates the topic; in these tests this client is the only producer. */
    private void createTopicWhenMissing() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not create " + topic, e);
        }
    }

    public record Response(int status, String contentType, String body, HttpHeaders headers) {

        public JsonNode json() {
            return PAYLOADS.readTree(body);
        }
    }
}
