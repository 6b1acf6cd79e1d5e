package io.careerledger.command.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.CommandServiceIntegrationTest;
import io.careerledger.command.support.StoredEvents;
import io.careerledger.events.ManagerChanged;

/** Careers worked on stay in memory between commands; an entry another replica moved past is never acted on. */
@CommandServiceIntegrationTest
class CareerCacheIntegrationTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    CareerCache careers;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCareerWorkedOnIsKeptInMemory() {
        ApiClient api = new ApiClient(port);
        String employeeId = registered(api);

        assertThat(careers.containsKey(employeeId)).isTrue();
    }

    @Test
    void aCommandOnACareerAnotherReplicaMovedOnIsRetriedOnTheStoredHistory() {
        ApiClient api = new ApiClient(port);
        String employeeId = registered(api);
        // another replica's command, stored behind this replica's cached career (sequence 1)
        storageEngine.appendEvents(new GenericDomainEventMessage<>("EmployeeCareer", employeeId, 1,
                new ManagerChanged(employeeId, null, UUID.randomUUID().toString())));

        ApiClient.Response goal = api.post("/api/employees/" + employeeId + "/goals", api.token(employeeId, "EMPLOYEE"), """
                {"goalId": "%s", "title": "Run the guild", "measure": "Six sessions", "dueDate": "%s"}"""
                .formatted(UUID.randomUUID(), LocalDate.now().plusMonths(6)));

        assertThat(goal.status()).isEqualTo(200);
        assertThat(goal.etag()).isEqualTo("\"2\"");
        assertThat(StoredEvents.typesOf(jdbc, employeeId)).containsExactly("EmployeeRegistered", "ManagerChanged", "GoalSet");
    }

    @Test
    void anErasureHeardFromAnyReplicaDropsThePersonsCareerFromMemory() {
        ApiClient api = new ApiClient(port);
        String employeeId = registered(api);
        assertThat(careers.containsKey(employeeId)).isTrue();

        jdbc.queryForList("SELECT pg_notify('personal_data_erased', ?)", employeeId);

        await().atMost(Duration.ofSeconds(10)).until(() -> !careers.containsKey(employeeId));
    }

    private static String registered(ApiClient api) {
        String hr = api.token("hr-1", "HR");
        String frameworkId = "three-track-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.publishThreeTrack(frameworkId, hr).status()).isEqualTo(201);
        String employeeId = UUID.randomUUID().toString();
        assertThat(api.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Cached Person", "email": "cached@example.org", "managerId": "%s",
                 "frameworkId": "%s", "level": 2, "hireDate": "2024-02-01"}""".formatted(employeeId, UUID.randomUUID(), frameworkId))
                .status()).isEqualTo(201);
        return employeeId;
    }
}
