package io.careerledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
                .run("--server.port=0");
    }

    @AfterAll
    static void stopSecondReplica() {
        secondReplica.close();
    }

    private ApiClient first;
    private ApiClient second;
    private List<String> people;
    private Map<String, String> tokens;

    @BeforeEach
    void registerPeople() {
        first = new ApiClient(port);
        second = new ApiClient(((WebServerApplicationContext) secondReplica).getWebServer().getPort());
        String hr = first.token("hr-1", "HR");
        String frameworkId = "three-track-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(first.publishThreeTrack(frameworkId, hr).status()).isEqualTo(201);
        people = IntStream.range(0, 2).mapToObj(i -> UUID.randomUUID().toString()).toList();
        people.forEach(id -> assertThat(first.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Grace Hopper", "email": "grace@example.org", "frameworkId": "%s",
                 "level": 3, "hireDate": "2024-02-01"}""".formatted(id, frameworkId)).status()).isEqualTo(201));
        tokens = people.stream().collect(Collectors.toMap(id -> id, id -> first.token(id, "EMPLOYEE")));
    }

    record Sent(String employeeId, UUID goalId, Response answer) {
    }

    /**
     * The race made certain: while the second replica's command waits to append, the first replica
     * records a goal on the same person. The second's append then hits the unique key, and its command
     * is sent again on top of the first's event.
     */
    @Test
    void theReplicaThatLosesTheRaceRetriesOnTopOfTheWinnersEvent() {
        String employeeId = people.get(0);
        UUID winnersGoal = UUID.randomUUID();
        AtomicBoolean raced = new AtomicBoolean();
        Registration race = beforeTheSecondReplicaAppends(() -> {
            if (raced.compareAndSet(false, true)) {
                assertThat(setGoal(first, employeeId, winnersGoal).status()).isEqualTo(200);
            }
        });
        Response loser;
        try {
            loser = setGoal(second, employeeId, UUID.randomUUID());
        } finally {
            race.cancel();
        }

        assertThat(loser.status()).as(loser.body()).isEqualTo(200);
        assertThat(loser.etag()).isEqualTo("\"2\"");
        assertThat(storedGoals(employeeId)).hasSize(2).contains(winnersGoal.toString());
    }

    @Test
    void aConflictThatOutlastsTheRetriesIs409AndWritesNothing() {
        String employeeId = people.get(0);
        Registration race = beforeTheSecondReplicaAppends(
                () -> assertThat(setGoal(first, employeeId, UUID.randomUUID()).status()).isEqualTo(200));
        Response loser;
        UUID losersGoal = UUID.randomUUID();
        try {
            loser = setGoal(second, employeeId, losersGoal);
        } finally {
            race.cancel();
        }

        assertThat(loser.status()).as(loser.body()).isEqualTo(409);
        assertThat(loser.body()).contains("/problems/concurrent-change");
        assertThat(storedGoals(employeeId)).doesNotContain(losersGoal.toString()).hasSize(6);
    }

    @Test
    void concurrentCommandsOnTheSamePeopleThroughBothReplicasAreNeitherLostNor5xx() {
        ExecutorService clients = Executors.newFixedThreadPool(32);

        List<Sent> sent;
        try {
            sent = IntStream.range(0, 200).mapToObj(i -> {
                        String employeeId = people.get(i % people.size());
                        UUID goalId = UUID.randomUUID();
                        ApiClient replica = i % 2 == 0 ? first : second;
                        return CompletableFuture.supplyAsync(() -> new Sent(employeeId, goalId,
                                setGoal(replica, employeeId, goalId)), clients);
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

    private Response setGoal(ApiClient replica, String employeeId, UUID goalId) {
        return replica.post("/api/employees/" + employeeId + "/goals", tokens.get(employeeId), """
                {"goalId": "%s", "title": "Run the guild", "measure": "Six sessions", "dueDate": "%s"}"""
                .formatted(goalId, LocalDate.now().plusMonths(6)));
    }

    /** Runs {@code meanwhile} in each of the second replica's commands after it ran, before its events are appended. */
    private static Registration beforeTheSecondReplicaAppends(Runnable meanwhile) {
        MessageHandlerInterceptor<CommandMessage<?>> interceptor = (unitOfWork, chain) -> {
            unitOfWork.onPrepareCommit(committing -> meanwhile.run());
            return chain.proceed();
        };
        return secondReplica.getBean(CommandBus.class).registerHandlerInterceptor(interceptor);
    }

    private List<String> storedGoals(String employeeId) {
        return jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8')::jsonb ->> 'goalId' FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%.GoalSet'""", String.class, employeeId);
    }
}
