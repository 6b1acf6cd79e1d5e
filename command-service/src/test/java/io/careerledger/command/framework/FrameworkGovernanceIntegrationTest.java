package io.careerledger.command.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.ApiClient.Response;
import io.careerledger.command.support.CommandServiceIntegrationTest;
import io.careerledger.command.support.StoredEvents;

/** Framework governance through the REST API on the real event store. */
@CommandServiceIntegrationTest
class FrameworkGovernanceIntegrationTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private String hr;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        hr = api.token("hr-1", "HR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"three-track", "dual-ladder", "four-track"})
    void eachSampleIsPublishedByTwoCouncilApprovalsWithItsAnnualReviewScheduled(String sample) {
        String id = uniqueId(sample);

        Response proposed = propose(id, Samples.text(sample));
        Response first = approve(id, 1, "council-1");
        assertThat(status(id, 1)).isEqualTo("PROPOSED");
        Response second = approve(id, 1, "council-2");

        assertThat(proposed.status()).isEqualTo(201);
        assertThat(proposed.body()).contains("\"version\":1");
        assertThat(List.of(first.status(), second.status())).containsOnly(204);
        assertThat(status(id, 1)).isEqualTo("PUBLISHED");
        assertThat(eventTypes(id)).containsExactly("FrameworkVersionProposed", "FrameworkVersionApproved",
                "FrameworkVersionApproved", "FrameworkVersionPublished");
        // the deadline is a row in PostgreSQL, so it survives restarts of any replica
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE position(convert_to(?, 'UTF8') IN task_data) > 0",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void resendingAProposalIsHarmlessAndAPublishedVersionIsImmutable() {
        String id = uniqueId("three-track");
        propose(id, Samples.text("three-track"));
        Response retry = propose(id, Samples.text("three-track"));
        approve(id, 1, "council-1");
        approve(id, 1, "council-2");

        Response late = approve(id, 1, "council-3");

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).contains("\"version\":1");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("/problems/framework-version-not-pending");
        assertThat(eventTypes(id)).hasSize(4);
    }

    @Test
    void anInvalidDocumentGets422ListingEveryProblemAndStoresNothing() {
        String id = uniqueId("three-track");
        // level 3 of the expert track out of parity with the other tracks, and an expectation of an unknown competency
        String broken = Samples.text("three-track").replaceFirst("grade: G3", "grade: G9").replaceFirst("\\{craft: 4", "{juggling: 4");

        Response refused = propose(id, broken);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.body()).contains("/problems/invalid-framework-document", "\"violations\"", "parity-broken", "unknown-competency",
                "\"line\":");
        assertThat(eventTypes(id)).isEmpty();
    }

    @Test
    void theProposerCannotApproveTheirOwnVersionAndTheCouncilRejectsWithReasons() {
        String id = uniqueId("dual-ladder");
        String hrAndCouncil = api.token("hr-2", "HR", "COUNCIL");
        api.postYaml("/api/frameworks/proposals?rationale=First", hrAndCouncil,
                Samples.text("dual-ladder").replace("id: dual-ladder", "id: " + id));

        Response own = api.post("/api/frameworks/" + id + "/versions/1/approvals", hrAndCouncil, "{}");
        Response noReasons = api.post("/api/frameworks/" + id + "/versions/1/rejection", council("council-1"), "{\"reasons\": []}");
        Response rejected = api.post("/api/frameworks/" + id + "/versions/1/rejection", council("council-1"),
                "{\"reasons\": [\"Band B4 is missing on the management ladder\"]}");

        assertThat(own.status()).isEqualTo(403);
        assertThat(own.body()).contains("/problems/framework-own-proposal");
        assertThat(noReasons.status()).isEqualTo(400);
        assertThat(rejected.status()).isEqualTo(204);
        assertThat(status(id, 1)).isEqualTo("REJECTED");
        assertThat(api.get("/api/frameworks/" + id + "/versions/1", hr).body()).contains("Band B4 is missing");
    }

    @Test
    void theDiffListsWhatChangedBetweenTwoVersions() {
        String id = uniqueId("three-track");
        publish(id, Samples.text("three-track"));
        publish(id, Samples.text("three-track").replace("title: Senior Specialist", "title: Staff Specialist"));

        Response diff = api.get("/api/frameworks/" + id + "/diff?from=1&to=2", hr);

        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.body()).contains("Senior Specialist", "Staff Specialist", "CHANGED");
        assertThat(status(id, 1)).isEqualTo("SUPERSEDED");
        assertThat(status(id, 2)).isEqualTo("PUBLISHED");
    }

    @Test
    void aTrackOfThePublishedVersionIsScheduledForRetirement() {
        String id = uniqueId("three-track");
        publish(id, Samples.text("three-track"));
        String body = """
                {"sunsetDate": "%s", "successorTrackId": "expert", "reason": "Merged into expert"}""";

        Response scheduled = api.post("/api/frameworks/" + id + "/tracks/entrepreneur/retirement", hr,
                body.formatted(LocalDate.now().plusMonths(6)));
        Response past = api.post("/api/frameworks/" + id + "/tracks/people-leader/retirement", hr,
                body.formatted(LocalDate.now().minusDays(1)));
        Response unknown = api.post("/api/frameworks/" + id + "/tracks/astronaut/retirement", hr,
                body.formatted(LocalDate.now().plusMonths(6)));

        assertThat(scheduled.status()).isEqualTo(204);
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.body()).contains("/problems/framework-sunset-in-past");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("/problems/framework-unknown-track");
        assertThat(eventTypes(id)).last().isEqualTo("TrackRetirementScheduled");
    }

    @Test
    void onlyHrProposesOnlyTheCouncilDecidesAndUnknownsAre404() {
        String id = uniqueId("four-track");
        String yaml = Samples.text("four-track").replace("id: four-track", "id: " + id);

        Response employee = api.postYaml("/api/frameworks/proposals?rationale=Mine", api.token("emp-1", "EMPLOYEE"), yaml);
        Response anonymous = api.postYaml("/api/frameworks/proposals?rationale=Mine", null, yaml);
        Response noRationale = api.postYaml("/api/frameworks/proposals", hr, yaml);
        propose(id, yaml);
        Response hrApproving = api.post("/api/frameworks/" + id + "/versions/1/approvals", hr, "{}");
        Response unknownVersion = approve(id, 9, "council-1");
        Response unknownFramework = api.get("/api/frameworks/nothing-here/versions", hr);

        assertThat(employee.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(noRationale.status()).isEqualTo(400);
        assertThat(hrApproving.status()).isEqualTo(403);
        assertThat(unknownVersion.status()).isEqualTo(404);
        assertThat(unknownFramework.status()).isEqualTo(404);
        assertThat(unknownFramework.contentType()).isEqualTo("application/problem+json");
        assertThat(eventTypes(id)).containsExactly("FrameworkVersionProposed");
    }

    @Test
    void theSamplesAreServedToStartAProposalFrom() {
        Response list = api.get("/api/frameworks/samples", hr);
        Response sample = api.get("/api/frameworks/samples/four-track", hr);
        Response unknown = api.get("/api/frameworks/samples/nine-track", hr);

        assertThat(list.body()).contains("three-track", "dual-ladder", "four-track");
        assertThat(sample.status()).isEqualTo(200);
        assertThat(sample.body()).startsWith(Samples.text("four-track").substring(0, 40));
        assertThat(unknown.status()).isEqualTo(404);
    }

    private void publish(String id, String yaml) {
        Response proposed = propose(id, yaml);
        int version = Integer.parseInt(proposed.body().replaceAll(".*\"version\":(\\d+).*", "$1"));
        approve(id, version, "council-1");
        approve(id, version, "council-2");
    }

    private Response propose(String id, String yaml) {
        return api.postYaml("/api/frameworks/proposals?rationale=Adopting the sample", hr,
                yaml.replaceFirst("(?m)^id: .*$", "id: " + id));
    }

    private Response approve(String id, int version, String member) {
        return api.post("/api/frameworks/" + id + "/versions/" + version + "/approvals", council(member),
                "{\"comment\": \"Agreed\"}");
    }

    private String council(String member) {
        return api.token(member, "COUNCIL");
    }

    private String status(String id, int version) {
        return api.get("/api/frameworks/" + id + "/versions/" + version, hr).body().replaceAll(".*\"status\":\"(\\w+)\".*", "$1");
    }

    private List<String> eventTypes(String id) {
        return StoredEvents.typesOf(jdbc, id);
    }

    private static String uniqueId(String sample) {
        return sample + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
