package io.careerledger.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Each sample framework published through the command-service (HR proposes, two council members
 * approve) and read back from the query-service's catalogue, through Kafka.
 */
class FrameworkCatalogueEndToEndTest {

    private final RestClient commandService = RunningStack.commandService();
    private final RestClient queryService = RunningStack.queryService();
    private final String hr = RunningStack.token("hr-e2e", "HR");

    @ParameterizedTest
    @ValueSource(strings = {"three-track", "dual-ladder", "four-track"})
    void aSamplePublishedWithCouncilApprovalsIsInTheCatalogue(String sample) {
        String id = sample + "-" + UUID.randomUUID().toString().substring(0, 8);
        String document = commandService.get().uri("/api/frameworks/samples/{id}", sample)
                .headers(h -> h.setBearerAuth(hr)).retrieve().body(String.class).replaceFirst("(?m)^id: .*$", "id: " + id);

        commandService.post().uri("/api/frameworks/proposals?rationale=End-to-end").headers(h -> h.setBearerAuth(hr))
                .contentType(MediaType.parseMediaType("application/yaml")).body(document).retrieve().toBodilessEntity();
        for (String member : List.of("council-e2e-1", "council-e2e-2")) {
            commandService.post().uri("/api/frameworks/{id}/versions/1/approvals", id)
                    .headers(h -> h.setBearerAuth(RunningStack.token(member, "COUNCIL")))
                    .contentType(MediaType.APPLICATION_JSON).body(Map.of("comment", "Parity holds")).retrieve().toBodilessEntity();
        }

        String employee = RunningStack.token("emp-e2e", "EMPLOYEE");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> inForce = queryService.get().uri("/api/frameworks/{id}", id).headers(h -> h.setBearerAuth(employee))
                    .retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() { });
            assertThat(inForce).containsEntry("version", 1);
            assertThat((List<?>) inForce.get("tracks")).hasSizeGreaterThanOrEqualTo(2);
        });
    }
}
