package io.careerledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read your own writes over the whole pipe: each command's answer carries a Consistency-Token, and a read
 * sent with it at once, to either query replica, shows the command's change: never the view before it.
 */
class ReadYourWritesEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "Consistency-Token";
    private static final int ROUNDS = 5;

    private final RestClient commandService = RunningStack.commandService();
    private final List<String> queryReplicas = RunningStack.services().queryServiceUrls();
    private final DemoOrganisation organisation = new DemoOrganisation(RunningStack.services().commandServiceUrl());

    /** Five reads a round, on the summary and both dashboards, alternating replicas: 25 commands each read at once. */
    @Test
    void aReadWithACommandsTokenAlwaysShowsTheCommandsChange() {
        organisation.seed();
        String hr = organisation.token("demo-hr", "HR");
        String grace = DemoOrganisation.idOf("Grace Hopper");
        String graceToken = organisation.token(grace, "MANAGER");
        for (int round = 0; round < ROUNDS; round++) {
            RestClient query = RunningStack.client(queryReplicas.get(round % queryReplicas.size()));
            String person = UUID.randomUUID().toString();
            String name = "Radia Perlman " + person;
            String own = organisation.token(person, "EMPLOYEE");
            Map<String, Object> registration = new HashMap<>(Map.of("employeeId", person, "fullName", name,
                    "email", "radia@demo.example", "managerId", grace, "frameworkId", DemoOrganisation.FRAMEWORK, "level", 3,
                    "hireDate", "2024-01-15"));

            String registered = command("/api/employees", hr, registration);
            assertThat(read(query, "/api/employees/" + person, hr, registered).path("fullName").asString()).isEqualTo(name);
            assertThat(read(query, "/api/teams/" + grace + "/dashboard?size=200", graceToken, registered).path("content")
                    .findValuesAsString("employeeId")).contains(person);

            String trackChosen = command("/api/employees/" + person + "/track", own,
                    Map.of("trackId", "expert", "reason", "Loves the craft", "agreedBy", grace));
            assertThat(read(query, "/api/employees/" + person, own, trackChosen).path("trackId").asString()).isEqualTo("expert");

            String goalId = UUID.randomUUID().toString();
            String goalSet = command("/api/employees/" + person + "/goals", own, Map.of("goalId", goalId, "title", "Design the protocol",
                    "measure", "Spanning tree in production", "dueDate", LocalDate.now().plusMonths(6).toString()));
            assertThat(read(query, "/api/employees/" + person + "/dashboard", own, goalSet).path("goals").findValuesAsString("goalId"))
                    .containsExactly(goalId);

            int percent = 40 + round;
            String progressed = command("/api/employees/" + person + "/goals/" + goalId + "/progress", own,
                    Map.of("percentComplete", percent, "note", "Draft reviewed"));
            assertThat(read(query, "/api/employees/" + person + "/dashboard", own, progressed).path("goals").get(0)
                    .path("percentComplete").asInt()).isEqualTo(percent);
        }
    }

    /** The command's Consistency-Token; it must have one. */
    private String command(String path, String token, Object body) {
        return commandService.post().uri(path).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> {
                    assertThat(response.getStatusCode().is2xxSuccessful()).as(path).isTrue();
                    String consistencyToken = response.getHeaders().getFirst(HEADER);
                    assertThat(consistencyToken).as(path).isNotBlank();
                    return consistencyToken;
                });
    }

    /** Sent once: a 200 at once, not after retries. */
    private static JsonNode read(RestClient query, String path, String token, String consistencyToken) {
        return query.get().uri(path).headers(h -> {
            h.setBearerAuth(token);
            h.set(HEADER, consistencyToken);
        }).exchange((request, response) -> {
            assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
            return JSON.readTree(response.getBody().readAllBytes());
        });
    }
}
