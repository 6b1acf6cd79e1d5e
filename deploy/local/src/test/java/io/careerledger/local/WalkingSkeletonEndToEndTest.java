package io.careerledger.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;


/**
 * The whole pipe with both services as real processes on the real broker and database: REST command →
 * event store → publisher → Kafka (CloudEvents) → query-service consumer → read model → REST query.
 */
class WalkingSkeletonEndToEndTest {

    private final RestClient commandService = RunningStack.commandService();
    private final RestClient queryService = RunningStack.queryService();
    private final String hrToken = RunningStack.token("hr-e2e", "HR");

    @Test
    void anEmployeeRegisteredThroughTheCommandServiceIsReadFromTheQueryService() {
        String employeeId = UUID.randomUUID().toString();

        var registered = commandService.post().uri("/api/employees").headers(h -> h.setBearerAuth(hrToken))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("employeeId", employeeId, "fullName", "Hedy Lamarr", "email", "hedy@example.org",
                        "level", 3, "hireDate", "2021-11-15"))
                .retrieve().toBodilessEntity();
        assertThat(registered.getStatusCode().value()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var employee = queryService.get().uri("/api/employees/{id}", employeeId)
                    .headers(h -> h.setBearerAuth(hrToken)).retrieve().toEntity(Map.class);
            assertThat(employee.getStatusCode().value()).isEqualTo(200);
            assertThat(employee.getBody()).containsEntry("fullName", "Hedy Lamarr").containsEntry("level", 3)
                    .containsEntry("hireDate", "2021-11-15");
        });
    }

    @Test
    void theDemoOrganisationIsSeededThroughTheApiAndSeedingAgainChangesNothing() {
        new DemoOrganisation(RunningStack.services().commandServiceUrl()).seed();
        new DemoOrganisation(RunningStack.services().commandServiceUrl()).seed();

        String ada = DemoOrganisation.idOf("Ada Lovelace");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (List<String> person : DemoOrganisation.PEOPLE) {
                var employee = queryService.get().uri("/api/employees/{id}", DemoOrganisation.idOf(person.get(0)))
                        .headers(h -> h.setBearerAuth(hrToken)).retrieve().toEntity(Map.class);
                assertThat(employee.getStatusCode().value()).isEqualTo(200);
            }
        });
        Map<String, Object> adaView = queryService.get().uri("/api/employees/{id}", ada)
                .headers(h -> h.setBearerAuth(hrToken)).retrieve()
                .body(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { });
        assertThat(adaView).containsEntry("managerId", DemoOrganisation.idOf("Grace Hopper"))
                .containsEntry("frameworkId", DemoOrganisation.FRAMEWORK);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String history = queryService.get().uri("/api/audit/events?employeeId={id}&size=100", ada)
                    .headers(h -> h.setBearerAuth(hrToken)).retrieve().body(String.class);
            // registered, chose expert, switched to people leader, 3 ratings of 360 feedback and one more, a goal,
            // a career planning conversation: scheduled, two notes, an agreement, concluded, acknowledged
            assertThat(history).contains("\"totalElements\":14", "io.careerledger.TrackChosen.v1",
                    "io.careerledger.CompetencyAssessed.v1", "io.careerledger.GoalSet.v1",
                    "io.careerledger.ConversationAcknowledged.v1");
        });
        assertTheReviewSeason();
        String catalogue = queryService.get().uri("/api/frameworks/{id}", DemoOrganisation.FRAMEWORK)
                .headers(h -> h.setBearerAuth(hrToken)).retrieve().body(String.class);
        assertThat(catalogue).contains("\"version\":1", "people-leader", "director");
    }

    /** One case approved and applied, one rejected, one open, each once however often it was seeded; the 2030 cycle open. */
    private void assertTheReviewSeason() {
        String applied = DemoReviewSeason.caseId("Dennis Ritchie", 3);
        String rejected = DemoReviewSeason.caseId("Frances Allen", 3);
        String open = DemoReviewSeason.caseId("Donald Knuth", 4);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(history("Dennis Ritchie")).contains("\"caseId\":\"" + applied + "\"", "\"decision\":\"APPROVE\"",
                    "io.careerledger.PromotionApplied.v1", "\"toLevel\":3");
            assertThat(countOf(history("Dennis Ritchie"), "io.careerledger.PromotionApplied.v1")).isOne();
            assertThat(history("Frances Allen")).contains("\"caseId\":\"" + rejected + "\"", "\"decision\":\"REJECT\"")
                    .doesNotContain("io.careerledger.PromotionApplied.v1");
            assertThat(countOf(history("Frances Allen"), "io.careerledger.PromotionDecided.v1")).isOne();
            assertThat(history("Donald Knuth")).contains("\"caseId\":\"" + open + "\"", "io.careerledger.PromotionEvidenceAttached.v1")
                    .doesNotContain("io.careerledger.PromotionDecided.v1");
            String cycles = queryService.get().uri("/api/audit/events?type={type}&size=100", "io.careerledger.ReviewCycleOpened.v1")
                    .headers(h -> h.setBearerAuth(hrToken)).retrieve().body(String.class);
            assertThat(countOf(cycles, "\"cycleId\": \"" + DemoOrganisation.idOf("review-cycle", "2030") + "\"")).isOne();
            assertThat(cycles).contains("2030 annual review");
        });
        String cycleClosed = queryService.get().uri("/api/audit/events?type={type}&size=100", "io.careerledger.ReviewCycleClosed.v1")
                .headers(h -> h.setBearerAuth(hrToken)).retrieve().body(String.class);
        assertThat(cycleClosed).doesNotContain(DemoOrganisation.idOf("review-cycle", "2030"));
    }

    /** The person's audit log, its JSON without the space after a colon (a payload opened for its personal fields is written compactly). */
    private String history(String name) {
        return queryService.get().uri("/api/audit/events?employeeId={id}&size=100", DemoOrganisation.idOf(name))
                .headers(h -> h.setBearerAuth(hrToken)).retrieve().body(String.class).replace("\": ", "\":");
    }

    private static int countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
