package io.careerledger.query.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import io.careerledger.events.ManagerChanged;
import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceIntegrationTest;

@QueryServiceIntegrationTest
class LiveUpdatesIntegrationTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    QueryServiceClient client;
    private String employee;
    private String manager;

    @BeforeEach
    void anEmployeeWithAManager() {
        employee = UUID.randomUUID().toString();
        manager = "mgr-" + UUID.randomUUID();
        client.publish(QueryServiceClient.employeeRegistered(employee + "-1", employee, "Watched", manager, "hr-1", OffsetDateTime.now()));
        String hr = client.token("hr-1", "HR");
        await().atMost(Duration.ofSeconds(30)).until(() -> client.get("/api/employees/" + employee, hr).status() == 200);
    }

    @Test
    void theEmployeeAndTheirManagersTeamStreamReceiveEachChange() {
        List<String> employeeStream = stream("/api/employees/" + employee + "/live", client.token(employee, "EMPLOYEE"));
        List<String> teamStream = stream("/api/teams/" + manager + "/live", client.token(manager, "MANAGER"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !employeeStream.isEmpty() && !teamStream.isEmpty());

        client.publish(QueryServiceClient.employeeRegistered(employee + "-2", employee, "Changed", manager, "hr-1", OffsetDateTime.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(employeeStream).anyMatch(line -> line.startsWith("data:") && line.contains(employee + "-2"));
            assertThat(teamStream).anyMatch(line -> line.startsWith("data:") && line.contains(employee + "-2"));
        });
        assertThat(employeeStream).contains("event:changed");
    }

    @Test
    void whenTheEmployeeChangesManagerBothTeamsStreamsAreTold() {
        String newManager = "mgr-" + UUID.randomUUID();
        List<String> formerTeam = stream("/api/teams/" + manager + "/live", client.token(manager, "MANAGER"));
        List<String> newTeam = stream("/api/teams/" + newManager + "/live", client.token(newManager, "MANAGER"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !formerTeam.isEmpty() && !newTeam.isEmpty());

        String moved = employee + "-moved";
        client.publish(QueryServiceClient.careerEvent(moved, new ManagerChanged(employee, manager, newManager), "hr-1",
                OffsetDateTime.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(newTeam).anyMatch(line -> line.startsWith("data:") && line.contains(moved));
            assertThat(formerTeam).anyMatch(line -> line.startsWith("data:") && line.contains(moved)
                    && line.contains("\"formerManagerId\":\"" + manager + "\""));
        });
    }

    @Test
    void onlyTheEmployeeTheirManagerAndHrMayWatchOrRead() {
        String stranger = client.token("emp-" + UUID.randomUUID(), "EMPLOYEE");
        String otherManager = client.token("mgr-other", "MANAGER");
        String ownManager = client.token(manager, "MANAGER");

        assertThat(client.get("/api/employees/" + employee + "/live", stranger).status()).isEqualTo(403);
        assertThat(client.get("/api/teams/" + manager + "/live", otherManager).status()).isEqualTo(403);
        assertThat(client.get("/api/employees/" + employee, otherManager).status()).isEqualTo(403);
        assertThat(client.get("/api/employees/" + employee, ownManager).status()).isEqualTo(200);
        assertThat(client.get("/api/teams/" + manager + "/live", null).status()).isEqualTo(401);
    }

    /** Opens the stream and collects its lines as they come; a comment line is sent first so we know it is open. */
    private List<String> stream(String path, String token) {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
        return lines;
    }
}
