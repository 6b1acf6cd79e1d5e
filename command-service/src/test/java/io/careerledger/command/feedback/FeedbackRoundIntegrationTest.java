package io.careerledger.command.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.ApiClient.Response;
import io.careerledger.command.support.CommandServiceIntegrationTest;
import io.careerledger.command.support.StoredEvents;

/** A feedback round over HTTP: the happy path with HR's audited reveal, and refusals as problems that write nothing. */
@CommandServiceIntegrationTest
class FeedbackRoundIntegrationTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private String hr;
    private String adaId;
    private String manager;
    private String roundId;
    private List<String> invitees;

    /** Ada, her manager, and three people to ask: two peers and Barbara, who reports to Ada. */
    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        hr = api.token("hr-1", "HR");
        String frameworkId = "three-track-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.publishThreeTrack(frameworkId, hr).status()).isEqualTo(201);
        adaId = UUID.randomUUID().toString();
        String managerId = UUID.randomUUID().toString();
        String barbaraId = UUID.randomUUID().toString();
        register(adaId, managerId, frameworkId);
        register(barbaraId, adaId, frameworkId);
        manager = api.token(managerId, "MANAGER", "EMPLOYEE");
        roundId = UUID.randomUUID().toString();
        invitees = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), barbaraId);
    }

    @Test
    void theManagerOpensInviteesAnswerHrRevealsOneAuthorWithAReason() {
        Response opened = open(manager);
        List<Integer> answered = invitees.stream().map(invitee -> answer(invitee, UUID.randomUUID()).status()).toList();
        Response closed = api.post("/api/feedback-rounds/" + roundId + "/closure", manager, "{}");
        String answerId = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::jsonb ->> 'answerId' FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 1", String.class, roundId);
        Response revealed = api.post("/api/feedback-rounds/" + roundId + "/answers/" + answerId + "/author-reveal", hr,
                "{\"reason\": \"Complaint HR-14 quotes this answer\"}");

        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(answered).containsOnly(204);
        assertThat(closed.status()).isEqualTo(204);
        assertThat(revealed.status()).as(revealed.body()).isEqualTo(204);
        assertThat(StoredEvents.typesOf(jdbc, roundId)).containsExactly("FeedbackRoundOpened", "FeedbackGiven", "FeedbackGiven",
                "FeedbackGiven", "FeedbackRoundClosed", "FeedbackAuthorRevealed");
        String reveal = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') || convert_from(meta_data, 'UTF8')"
                + " FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 5", String.class, roundId);
        // the reason is personal data of the round's subject: stored encrypted under their key
        assertThat(reveal).contains("\"authorId\":\"" + invitees.get(0) + "\"", "\"revealedBy\":\"hr-1\"", "\"reason\":\"pd1:")
                .doesNotContain("Complaint HR-14");
    }

    @Test
    void refusalsAreProblemsAndWriteNothing() {
        Response fewInvitees = api.post("/api/feedback-rounds", manager, body(invitees.subList(0, 2)));
        Response byTheSubject = open(api.token(adaId, "EMPLOYEE"));
        assertThat(StoredEvents.typesOf(jdbc, roundId)).isEmpty();
        open(manager);
        Response stranger = answer(UUID.randomUUID().toString(), UUID.randomUUID());
        Response unknownRound = api.post("/api/feedback-rounds/" + UUID.randomUUID() + "/answers", api.token(invitees.get(0), "EMPLOYEE"),
                answerBody(UUID.randomUUID()));
        Response outOfRange = api.post("/api/feedback-rounds/" + roundId + "/answers", api.token(invitees.get(0), "EMPLOYEE"), """
                {"answerId": "%s", "ratings": [{"competencyId": "collaboration", "rating": 6}]}""".formatted(UUID.randomUUID()));
        Response managerReveals = api.post("/api/feedback-rounds/" + roundId + "/answers/" + UUID.randomUUID() + "/author-reveal",
                manager, "{\"reason\": \"Curious\"}");
        Response noReason = api.post("/api/feedback-rounds/" + roundId + "/answers/" + UUID.randomUUID() + "/author-reveal",
                hr, "{\"reason\": \" \"}");
        Response noSuchAnswer = api.post("/api/feedback-rounds/" + roundId + "/answers/" + UUID.randomUUID() + "/author-reveal",
                hr, "{\"reason\": \"Complaint HR-14\"}");

        assertProblem(fewInvitees, 422, "feedback-too-few-invitees");
        assertProblem(byTheSubject, 403, "feedback-not-allowed-to-open");
        assertProblem(stranger, 403, "feedback-not-invited");
        assertThat(unknownRound.status()).isEqualTo(404);
        assertThat(unknownRound.contentType()).isEqualTo("application/problem+json");
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.contentType()).isEqualTo("application/problem+json");
        assertThat(managerReveals.status()).isEqualTo(403);
        assertThat(managerReveals.contentType()).isEqualTo("application/problem+json");
        assertThat(noReason.status()).isEqualTo(400);
        assertProblem(noSuchAnswer, 404, "feedback-unknown-answer");
        assertThat(StoredEvents.typesOf(jdbc, roundId)).containsExactly("FeedbackRoundOpened");
    }

    private void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body()).contains("/problems/" + code);
    }

    private Response open(String token) {
        return api.post("/api/feedback-rounds", token, body(invitees));
    }

    private String body(List<String> people) {
        return """
                {"roundId": "%s", "employeeId": "%s", "competencyIds": ["collaboration", "technical-depth"], "invitees": [%s]}"""
                .formatted(roundId, adaId, String.join(", ", people.stream().map(person -> """
                        {"personId": "%s", "relation": "%s"}""".formatted(person, person.equals(invitees.get(2)) ? "DIRECT_REPORT" : "PEER"))
                        .toList()));
    }

    private Response answer(String person, UUID answerId) {
        return api.post("/api/feedback-rounds/" + roundId + "/answers", api.token(person, "EMPLOYEE"), answerBody(answerId));
    }

    private static String answerBody(UUID answerId) {
        return """
                {"answerId": "%s", "ratings": [{"competencyId": "collaboration", "rating": 4}], "comment": "Explains trade-offs well"}"""
                .formatted(answerId);
    }

    private void register(String employeeId, String managerId, String frameworkId) {
        assertThat(api.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Someone", "email": "someone@example.org", "managerId": "%s",
                 "frameworkId": "%s", "level": 2, "hireDate": "2024-02-01"}""".formatted(employeeId, managerId, frameworkId))
                .status()).isEqualTo(201);
    }
}
