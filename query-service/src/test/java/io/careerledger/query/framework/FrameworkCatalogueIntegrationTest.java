package io.careerledger.query.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.Competency;
import io.careerledger.events.Expectation;
import io.careerledger.events.FrameworkAnnualReviewDue;
import io.careerledger.events.FrameworkDefinition;
import io.careerledger.events.FrameworkVersionApproved;
import io.careerledger.events.FrameworkVersionProposed;
import io.careerledger.events.FrameworkVersionPublished;
import io.careerledger.events.FrameworkVersionRejected;
import io.careerledger.events.LevelPolicy;
import io.careerledger.events.Milestone;
import io.careerledger.events.ParityException;
import io.careerledger.events.ProficiencyStep;
import io.careerledger.events.Skill;
import io.careerledger.events.Track;
import io.careerledger.events.TrackLevel;
import io.careerledger.events.TrackRetirementScheduled;
import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceClient.Response;
import io.careerledger.query.support.QueryServiceIntegrationTest;

/** The council's decisions arrive on the real topic as the command-service publishes them; the catalogue serves them. */
@QueryServiceIntegrationTest
class FrameworkCatalogueIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    QueryServiceClient client;

    private String frameworkId;
    private String employee;

    @BeforeEach
    void setUp() {
        frameworkId = "fw-" + UUID.randomUUID();
        employee = client.token("emp-1", "EMPLOYEE");
    }

    @Test
    void aProposalApprovedByTheQuorumIsPublishedAndInForce() {
        publishVersion(1, definition("Three tracks"));

        JsonNode inForce = awaitBody("/api/frameworks/" + frameworkId, body -> body.path("version").asInt() == 1);
        assertThat(inForce.path("name").asString()).isEqualTo("Three tracks");
        assertThat(inForce.path("tracks")).extracting(track -> track.path("id").asString()).containsExactly("expert", "leader");
        JsonNode seniorExpert = inForce.path("tracks").get(0).path("levels").get(1);
        assertThat(seniorExpert.path("title").asString()).isEqualTo("Senior Specialist");
        assertThat(seniorExpert.path("grade").asString()).isEqualTo("G5");
        assertThat(seniorExpert.path("salaryBand").asString()).isEqualTo("B5");
        assertThat(seniorExpert.path("expectations").get(0).path("proficiency").asInt()).isEqualTo(3);
        assertThat(seniorExpert.path("milestones").get(0).path("timeboxMonths").asInt()).isEqualTo(12);
        assertThat(inForce.path("competencies").get(0).path("skills").get(0).path("id").asString()).isEqualTo("quality");
        assertThat(inForce.path("proficiencyScale")).hasSize(3);
        assertThat(inForce.path("levelPolicies").get(0).path("allowedTracks").get(0).asString()).isEqualTo("leader");
        assertThat(inForce.path("parityExceptions").get(0).path("level").asInt()).isEqualTo(6);
        assertThat(inForce.path("annualReviewDue").asString()).isEqualTo(TODAY.plusMonths(12).toString());
        assertThat(inForce.path("annualReviewOverdue").asBoolean()).isFalse();

        JsonNode version = body(client.get("/api/frameworks/" + frameworkId + "/versions/1", employee));
        assertThat(version.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(version.path("proposedBy").asString()).isEqualTo("council-1");
        assertThat(version.path("rationale").asString()).isEqualTo("Version 1");
        assertThat(version.path("approvals")).extracting(approval -> approval.path("approvedBy").asString() + ": "
                + approval.path("comment").asString()).containsExactly("council-2: Clear levels", "council-3: Clear levels");
        assertThat(version.path("proposedAt").isNull()).isFalse();
        assertThat(version.path("publishedAt").isNull()).isFalse();
        assertThat(version.path("definition").path("tracks")).hasSize(2);

        JsonNode listed = listed();
        assertThat(listed.path("name").asString()).isEqualTo("Three tracks");
        assertThat(listed.path("versionInForce").asInt()).isEqualTo(1);
        assertThat(listed.path("pendingVersion").isNull()).isTrue();
    }

    @Test
    void aLaterPublicationSupersedesTheVersionInForce() {
        publishVersion(1, definition("Three tracks"));
        propose(2, definition("Three tracks, revised"));
        awaitBody("/api/frameworks/" + frameworkId + "/versions", versions -> versions.size() == 2);
        assertThat(listed().path("pendingVersion").asInt()).isEqualTo(2);
        assertThat(listed().path("versionInForce").asInt()).isEqualTo(1);

        approveAndPublish(2, definition("Three tracks, revised"));

        JsonNode versions = awaitBody("/api/frameworks/" + frameworkId + "/versions",
                body -> body.get(1).path("status").asString().equals("PUBLISHED"));
        assertThat(versions).extracting(version -> version.path("version").asInt() + " " + version.path("status").asString())
                .containsExactly("1 SUPERSEDED", "2 PUBLISHED");
        assertThat(versions.get(0).has("definition")).isFalse();
        assertThat(body(client.get("/api/frameworks/" + frameworkId, employee)).path("name").asString())
                .isEqualTo("Three tracks, revised");
        assertThat(listed().path("versionInForce").asInt()).isEqualTo(2);
        assertThat(listed().path("pendingVersion").isNull()).isTrue();
    }

    @Test
    void aRejectionKeepsItsReasons() {
        propose(1, definition("Too many tracks"));
        publish(new FrameworkVersionRejected(frameworkId, 1, "council-2", List.of("Levels 5 and 6 overlap", "No milestones at 3")));

        JsonNode version = awaitBody("/api/frameworks/" + frameworkId + "/versions/1",
                body -> body.path("status").asString().equals("REJECTED"));
        assertThat(version.path("rejectedBy").asString()).isEqualTo("council-2");
        assertThat(version.path("rejectionReasons")).extracting(JsonNode::asString)
                .containsExactly("Levels 5 and 6 overlap", "No milestones at 3");
        assertThat(version.path("rejectedAt").isNull()).isFalse();
        assertThat(listed().path("versionInForce").isNull()).isTrue();
        assertThat(listed().path("pendingVersion").isNull()).isTrue();
        assertThat(client.get("/api/frameworks/" + frameworkId, employee).status()).isEqualTo(404);
    }

    @Test
    void scheduledRetirementsAndAnOverdueAnnualReviewShowOnTheVersionInForce() {
        publishVersion(1, definition("Three tracks"));
        LocalDate sunset = TODAY.plusMonths(3);
        publish(new TrackRetirementScheduled(frameworkId, "leader", sunset, "expert", "Merged into the expert track"));
        publish(new FrameworkAnnualReviewDue(frameworkId, 1, TODAY.minusYears(1)));

        JsonNode inForce = awaitBody("/api/frameworks/" + frameworkId, body -> body.path("annualReviewOverdue").asBoolean());
        JsonNode leader = inForce.path("tracks").get(1);
        assertThat(leader.path("retirement").path("sunsetDate").asString()).isEqualTo(sunset.toString());
        assertThat(leader.path("retirement").path("successorTrackId").asString()).isEqualTo("expert");
        assertThat(leader.path("retirement").path("reason").asString()).isEqualTo("Merged into the expert track");
        assertThat(leader.path("pastSunset").asBoolean()).isFalse();
        assertThat(inForce.path("tracks").get(0).path("retirement").isNull()).isTrue();
        assertThat(listed().path("annualReviewOverdue").asBoolean()).isTrue();
    }

    @Test
    void aTrackIsPastItsSunsetFromTheSunsetDateOn() {
        publishVersion(1, definition("Three tracks"));
        publish(new TrackRetirementScheduled(frameworkId, "leader", TODAY, "expert", "Merged into the expert track"));

        JsonNode inForce = awaitBody("/api/frameworks/" + frameworkId,
                body -> !body.path("tracks").get(1).path("retirement").isNull());
        assertThat(inForce.path("tracks").get(1).path("pastSunset").asBoolean()).isTrue();
    }

    @Test
    void replayingTheSameFactsUnderNewEventIdsChangesNothing() {
        publishVersion(1, definition("Three tracks"));
        awaitBody("/api/frameworks/" + frameworkId, body -> body.path("version").asInt() == 1);

        // what a rebuild of an already-filled generation would see: the same facts, not deduplicated by id
        publishVersion(1, definition("Three tracks"));
        publish(new FrameworkAnnualReviewDue(frameworkId, 1, TODAY));

        awaitBody("/api/frameworks/" + frameworkId, body -> body.path("annualReviewOverdue").asBoolean());
        JsonNode versions = body(client.get("/api/frameworks/" + frameworkId + "/versions", employee));
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(versions.get(0).path("approvals")).hasSize(2);
    }

    @Test
    void everyRoleReadsTheCatalogue() {
        publishVersion(1, definition("Three tracks"));
        awaitBody("/api/frameworks/" + frameworkId, body -> body.path("version").asInt() == 1);

        for (String role : List.of("EMPLOYEE", "MANAGER", "HR", "COUNCIL", "ADMIN")) {
            assertThat(client.get("/api/frameworks/" + frameworkId, client.token("someone", role)).status()).as(role).isEqualTo(200);
        }
    }

    @Test
    void unknownFrameworksAndVersionsAre404ProblemsAndATokenIsRequired() {
        for (String path : List.of("/api/frameworks/nothing-" + frameworkId, "/api/frameworks/nothing-" + frameworkId + "/versions",
                "/api/frameworks/nothing-" + frameworkId + "/versions/1")) {
            Response unknown = client.get(path, employee);
            assertThat(unknown.status()).as(path).isEqualTo(404);
            assertThat(unknown.contentType()).isEqualTo("application/problem+json");
            assertThat(unknown.body()).contains("/problems/not-found");
        }
        Response anonymous = client.get("/api/frameworks", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).isEqualTo("application/problem+json");
        assertThat(client.get("/api/frameworks", client.token("someone")).status()).isEqualTo(403);
    }

    /** Proposal by council-1, approvals by council-2 and council-3 (the quorum), publication. */
    private void publishVersion(int version, FrameworkDefinition definition) {
        propose(version, definition);
        approveAndPublish(version, definition);
    }

    private void propose(int version, FrameworkDefinition definition) {
        publish(new FrameworkVersionProposed(frameworkId, version, definition, "Version " + version, "council-1", 2));
    }

    private void approveAndPublish(int version, FrameworkDefinition definition) {
        publish(new FrameworkVersionApproved(frameworkId, version, "council-2", "Clear levels", 1, 2));
        publish(new FrameworkVersionApproved(frameworkId, version, "council-3", "Clear levels", 2, 2));
        publish(new FrameworkVersionPublished(frameworkId, version, definition, List.of("council-2", "council-3"),
                TODAY.plusMonths(12)));
    }

    private void publish(CareerEvent event) {
        client.publish(QueryServiceClient.careerEvent(UUID.randomUUID().toString(), event, "council-1", OffsetDateTime.now()));
    }

    private JsonNode awaitBody(String path, Predicate<JsonNode> ready) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response response = client.get(path, employee);
            return response.status() == 200 ? JSON.readTree(response.body()) : null;
        }, body -> body != null && ready.test(body));
    }

    private JsonNode listed() {
        JsonNode frameworks = body(client.get("/api/frameworks", employee));
        for (JsonNode framework : frameworks) {
            if (framework.path("frameworkId").asString().equals(frameworkId)) {
                return framework;
            }
        }
        throw new AssertionError(frameworkId + " is not listed: " + frameworks);
    }

    private static JsonNode body(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private FrameworkDefinition definition(String name) {
        Competency craft = new Competency("craft", "Technical craft", null, "technical",
                List.of(new Skill("quality", "Quality of work", null)));
        Milestone ownsArea = new Milestone("owns-area", "Owns a technical area.", "The area's roadmap, signed off.", 12);
        Track expert = new Track("expert", "Expert", "INDIVIDUAL_CONTRIBUTOR", List.of(
                new TrackLevel(4, "Specialist", "G4", "B4", List.of(new Expectation("craft", 2)), List.of()),
                new TrackLevel(5, "Senior Specialist", "G5", "B5", List.of(new Expectation("craft", 3)), List.of(ownsArea))));
        Track leader = new Track("leader", "People Leader", "PEOPLE_LEADERSHIP", List.of(
                new TrackLevel(5, "Team Lead", "G5", "B5", List.of(new Expectation("craft", 2)), List.of()),
                new TrackLevel(6, "Head of", "G6", "B6L", List.of(new Expectation("craft", 2)), List.of())));
        return new FrameworkDefinition(frameworkId, name, null,
                List.of(new ProficiencyStep(1, "Learning", null), new ProficiencyStep(2, "Practising", null),
                        new ProficiencyStep(3, "Proficient", null)),
                List.of(craft), List.of(expert, leader),
                List.of(new LevelPolicy(6, null, List.of("leader"), List.of(), "From level 6 only people leaders.")),
                List.of(new ParityException(6, List.of("expert", "leader"), "Leaders carry budget responsibility.")),
                true);
    }
}
