package io.careerledger.query.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import io.careerledger.events.ManagerChanged;
import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceClient.Response;
import io.careerledger.query.support.QueryServiceIntegrationTest;
import io.careerledger.support.consistency.ConsistencyToken;

/**
 * A read carrying a command's consistency token shows that command's change, or says it can't yet: events
 * arrive on the real topic as the command-service publishes them (the aggregate and its sequence named).
 */
@QueryServiceIntegrationTest
class ReadYourWritesIntegrationTest {

    @Autowired
    QueryServiceClient client;

    @Autowired
    ReadYourWritesProperties properties;

    private String employeeId;
    private String path;
    private String hr;

    @BeforeEach
    void registerSomeone() {
        employeeId = UUID.randomUUID().toString();
        path = "/api/employees/" + employeeId;
        hr = client.token("hr-1", "HR");
        client.publish(ofAggregate(QueryServiceClient.employeeRegistered(UUID.randomUUID().toString(), employeeId, "Ada Lovelace",
                "manager-1", "hr-1", OffsetDateTime.now(ZoneOffset.UTC)), 0));
    }

    @Test
    void aReadWithTheTokenOfItsRegistrationShowsThePersonAtOnce() {
        Response read = client.get(path, hr, token(0));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("managerId").asString()).isEqualTo("manager-1");
    }

    /** The read is sent before the event is published: it waits for it rather than answering the manager before. */
    @Test
    void aReadWaitsForTheChangeItsTokenNamesAndShowsIt() {
        assertThat(client.get(path, hr, token(0)).status()).isEqualTo(200);
        CompletableFuture<Response> read = CompletableFuture.supplyAsync(() -> client.get(path, hr, token(1)));

        client.publish(ofAggregate(QueryServiceClient.careerEvent(UUID.randomUUID().toString(),
                new ManagerChanged(employeeId, "manager-1", "manager-2"), "hr-1", OffsetDateTime.now(ZoneOffset.UTC)), 1));

        Response answer = read.join();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("managerId").asString()).isEqualTo("manager-2");
    }

    @Test
    void aChangeNotAppliedWithinTheWaitIsNotYetVisibleRatherThanAnOldAnswer() {
        assertThat(client.get(path, hr, token(0)).status()).isEqualTo(200);
        long start = System.nanoTime();

        Response read = client.get(path, hr, token(1));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(properties.timeout());
        assertThat(read.status()).isEqualTo(202);
        assertThat(read.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(read.json().path("type").asString()).isEqualTo("/problems/not-yet-visible");
        assertThat(read.json().has("managerId")).isFalse();
    }

    @Test
    void aTokenNoCommandAnsweredIsABadRequest() {
        HttpHeaders malformed = new HttpHeaders();
        malformed.set(ConsistencyToken.HEADER, "not a token");

        Response read = client.get(path, hr, malformed);

        assertThat(read.status()).isEqualTo(400);
        assertThat(read.json().path("type").asString()).isEqualTo("/problems/invalid-consistency-token");
    }

    private HttpHeaders token(long sequence) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(ConsistencyToken.HEADER, new ConsistencyToken(employeeId, sequence).encoded());
        return headers;
    }

    /** As the command-service publishes it: the aggregate and the event's sequence in it. */
    private CloudEvent ofAggregate(CloudEvent event, long sequence) {
        return CloudEventBuilder.v1(event).withExtension("aggregateid", employeeId).withExtension("aggregatesequence", sequence).build();
    }
}
