package io.careerledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.command.CommandServiceApplication;
import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.ApiClient.Response;
import io.careerledger.command.support.CommandServiceIntegrationTest;
import io.careerledger.testsupport.RealInfrastructureInitializer;

/**
 * Two replicas of the command-service on one database, as deployed: each locks a record only within
 * itself, so their appends to the same people race on the event store's unique key. The loser's
 * command is retried; none may answer 5xx and none may be lost.
 */
@CommandServiceIntegrationTest
class ReplicaConflictIntegrationTest {

    private static ConfigurableApplicationContext secondReplica;

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startSecondReplica() {
        secondReplica = CommandServiceApplication.application()
                .profiles("local")
                .initializers(new RealInfrastructureInitializer())
                .properties("server.port=0")
                .run();
    }

    @AfterAll
    static void stopSecondReplica() {
        secondReplica.close();
    }

    record Sent(String employeeId, UUID goalId, Response answer) {
    }

    @Test
    void concurrentCommandsOnTheSamePeopleThroughBothReplicasAreNeitherLostNor5xx() {
        ApiClient first = new ApiClient(port);
        ApiClient second = new ApiClient(((WebServerApplicationContext) secondReplica).getWebServer().getPort());
        String hr = first.token("hr-1", "HR");
        String frameworkId = "three-track-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(first.publishThreeTrack(frameworkId, hr).status()).isEqualTo(201);
        List<String> people = IntStream.range(0, 4).mapToObj(i -> UUID.randomUUID().toString()).toList();
        people.forEach(id -> assertThat(first.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Grace Hopper", "email": "grace@example.org", "frameworkId": "%s",
                 "level": 3, "hireDate": "2024-02-01"}""".formatted(id, frameworkId)).status()).isEqualTo(201));
        Map<String, String> tokens = people.stream().collect(Collectors.toMap(id -> id, id -> first.token(id, "EMPLOYEE")));
        ExecutorService clients = Executors.newFixedThreadPool(16);

        List<Sent> sent;
        try {
            sent = IntStream.range(0, 200).mapToObj(i -> {
                        String employeeId = people.get(i % people.size());
                        UUID goalId = UUID.randomUUID();
                        ApiClient replica = i % 2 == 0 ? first : second;
                        return CompletableFuture.supplyAsync(() -> new Sent(employeeId, goalId,
                                replica.post("/api/employees/" + employeeId + "/goals", tokens.get(employeeId), """
                                        {"goalId": "%s", "title": "Run the guild", "measure": "Six sessions", "dueDate": "%s"}"""
                                        .formatted(goalId, LocalDate.now().plusMonths(6)))), clients);
                    }).toList().stream()
                    .map(CompletableFuture::join)
                    .toList();
        } finally {
            clients.shutdownNow();
        }

        assertThat(sent).extracting(s -> s.answer().status()).allMatch(status -> status == 200 || status == 409);
        for (String employeeId : people) {
            List<String> acceptedGoals = sent.stream()
                    .filter(s -> s.employeeId().equals(employeeId) && s.answer().status() == 200)
                    .map(s -> s.goalId().toString())
                    .toList();
            assertThat(storedGoals(employeeId)).as("goals of %s", employeeId).containsExactlyInAnyOrderElementsOf(acceptedGoals);
        }
    }

    private List<String> storedGoals(String employeeId) {
        return jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8')::jsonb ->> 'goalId' FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%.GoalSet'""", String.class, employeeId);
    }
}
