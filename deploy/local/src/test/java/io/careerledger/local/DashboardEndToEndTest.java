package io.careerledger.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dashboards over the whole pipe: commands sent to the command-service as REST, read back from the
 * query-service's employee dashboard, team dashboard and analytics, both services as real processes.
 */
class DashboardEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient queryService = RunningStack.queryService();
    private final DemoOrganisation organisation = new DemoOrganisation(RunningStack.services().commandServiceUrl());
    private final String hr = RunningStack.token("hr-e2e", "HR");

    @Test
    void aNewReportsProgressShowsOnTheirDashboardTheirManagersTeamAndTheHeadCount() {
        organisation.seed();
        String name = "Katie Bouman " + UUID.randomUUID();
        String katie = DemoOrganisation.idOf(name);
        String grace = DemoOrganisation.idOf("Grace Hopper");
        organisation.post("/api/employees", organisation.token("demo-hr", "HR"), Map.of("employeeId", katie, "fullName", name,
                "email", "katie@demo.example", "managerId", grace, "frameworkId", DemoOrganisation.FRAMEWORK, "level", 3,
                "hireDate", "2024-01-15"));
        organisation.chooseTrack(name, "Grace Hopper", "expert", "Loves the craft", 0);
        organisation.post("/api/employees/" + katie + "/assessments", organisation.token(grace, "MANAGER"),
                Map.of("assessmentId", UUID.randomUUID().toString(), "competencyId", "craft", "assessorRole", "MANAGER",
                        "proficiency", 3, "evidence", List.of("Shipped the imaging pipeline")));
        String goalId = UUID.randomUUID().toString();
        String katieToken = organisation.token(katie, "EMPLOYEE");
        organisation.post("/api/employees/" + katie + "/goals", katieToken, Map.of("goalId", goalId, "title", "Publish the method",
                "measure", "Paper accepted", "dueDate", "2030-06-30", "competencyId", "craft"));
        organisation.post("/api/employees/" + katie + "/goals/" + goalId + "/progress", katieToken,
                Map.of("percentComplete", 60, "note", "Draft reviewed"));

        JsonNode dashboard = await().atMost(Duration.ofSeconds(30)).until(() -> read("/api/employees/" + katie + "/dashboard", katieToken),
                body -> body != null && body.path("goals").size() == 1 && body.path("goals").get(0).path("percentComplete").asInt() == 60
                        && body.path("competencies").toString().contains("\"manager\":3"));
        assertThat(dashboard.path("trackId").asString()).isEqualTo("expert");
        assertThat(dashboard.path("level").asInt()).isEqualTo(3);
        assertThat(dashboard.path("frameworkVersion").asInt()).isEqualTo(1);
        assertThat(dashboard.path("title").isNull()).isFalse();
        assertThat(dashboard.path("goals").get(0).path("overdue").asBoolean()).isFalse();
        assertThat(dashboard.path("readiness").path("nextLevel").asInt()).isEqualTo(4);

        JsonNode team = read("/api/teams/" + grace + "/dashboard?size=100", organisation.token(grace, "MANAGER"));
        assertThat(team.path("content")).extracting(member -> member.path("employeeId").asString())
                .contains(katie, DemoOrganisation.idOf("Ada Lovelace"), DemoOrganisation.idOf("Edsger Dijkstra"));
        assertThat(read("/api/employees/" + DemoOrganisation.idOf("Ada Lovelace") + "/dashboard", hr).path("lastConversations").toString())
                .contains("CAREER_PLANNING");
        assertThat(read("/api/analytics/head-count?frameworkId=" + DemoOrganisation.FRAMEWORK, hr).toString())
                .contains("\"trackId\":\"expert\",\"level\":3");
        int forbidden = queryService.get().uri("/api/analytics/head-count").headers(h -> h.setBearerAuth(katieToken))
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(forbidden).isEqualTo(403);
    }

    private JsonNode read(String path, String token) {
        return queryService.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange((request, response) ->
                response.getStatusCode().value() == 200 ? JSON.readTree(response.getBody().readAllBytes()) : null);
    }
}
