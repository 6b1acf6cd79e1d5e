package io.careerledger.query.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.EventTypes;
import io.careerledger.events.FeedbackAuthorRevealed;
import io.careerledger.events.FeedbackGiven;
import io.careerledger.events.FeedbackInvitee;
import io.careerledger.events.FeedbackRating;
import io.careerledger.events.FeedbackRelation;
import io.careerledger.events.FeedbackRoundOpened;
import io.careerledger.events.PersonalDataCipher;
import io.careerledger.events.PersonalDataErased;
import io.careerledger.query.consumption.ParkedEvents;
import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceClient.Response;
import io.careerledger.query.support.QueryServiceIntegrationTest;

/**
 * What each reader sees of an anonymous feedback round: one round with its minimum of three answers
 * (one author revealed by HR), one with two. Nobody but HR sees an author, and HR only the revealed one.
 */
@QueryServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackRoundReadersIntegrationTest {

    private static final String ADA = UUID.randomUUID().toString();
    private static final String GRACE = "manager-" + UUID.randomUUID();
    private static final String ALAN = "peer-alan-" + UUID.randomUUID();
    private static final String EDSGER = "peer-edsger-" + UUID.randomUUID();
    private static final String BARBARA = "report-barbara-" + UUID.randomUUID();
    private static final String ANSWERED = "round-answered-" + UUID.randomUUID();
    private static final String TOO_FEW = "round-too-few-" + UUID.randomUUID();
    private static final List<String> AUTHORS = List.of(ALAN, EDSGER, BARBARA);
    private static final String REASON = "Complaint HR-14 quotes this comment";

    @Autowired
    QueryServiceClient client;
    @Autowired
    ParkedEvents parked;

    @BeforeAll
    void twoRoundsAboutAda() {
        client.publish(QueryServiceClient.employeeRegistered(UUID.randomUUID().toString(), ADA, "Ada Lovelace", GRACE, "hr-1",
                OffsetDateTime.now(ZoneOffset.UTC)));
        List<FeedbackInvitee> invitees = List.of(new FeedbackInvitee(ALAN, FeedbackRelation.PEER),
                new FeedbackInvitee(EDSGER, FeedbackRelation.PEER), new FeedbackInvitee(BARBARA, FeedbackRelation.DIRECT_REPORT));
        for (String round : List.of(ANSWERED, TOO_FEW)) {
            publish(new FeedbackRoundOpened(round, ADA, GRACE, List.of("collaboration", "technical-depth"), invitees, 3), GRACE);
        }
        int[] collaboration = {4, 5, 4};
        for (int i = 0; i < AUTHORS.size(); i++) {
            publish(answer(ANSWERED, i, collaboration[i]), AUTHORS.get(i));
        }
        publish(answer(TOO_FEW, 0, 2), ALAN);
        publish(answer(TOO_FEW, 1, 3), EDSGER);
        publish(new FeedbackAuthorRevealed(ANSWERED, ADA, answerId(ANSWERED, 0), ALAN, "hr-1", REASON), "hr-1");
        client.awaitBody("/api/feedback-rounds/" + ANSWERED, hr(), round -> round.path("reveals").size() == 1);
        client.awaitBody("/api/feedback-rounds/" + TOO_FEW, hr(), round -> round.path("answered").asInt() == 2);
        assertThat(parked.anyParkedFor(ADA)).isFalse();
    }

    @Test
    void theEmployeeSeesTheAggregatesAndCommentsWithoutAuthorsOnlyOnceThreeAnswered() {
        String ada = client.token(ADA, "EMPLOYEE");

        assertSeesResultsWithoutAuthors(client.get("/api/feedback-rounds/" + ANSWERED, ada));
        assertSeesNoResults(client.get("/api/feedback-rounds/" + TOO_FEW, ada), "invitees", "reveals");
        Response list = client.get("/api/employees/" + ADA + "/feedback-rounds", ada);
        assertThat(list.json().size()).isEqualTo(2);
        assertThat(list.body()).doesNotContain(ALAN, EDSGER, BARBARA);
    }

    @Test
    void theLineManagerSeesWhatTheEmployeeSees() {
        String grace = client.token(GRACE, "MANAGER", "EMPLOYEE");

        assertSeesResultsWithoutAuthors(client.get("/api/feedback-rounds/" + ANSWERED, grace));
        assertSeesNoResults(client.get("/api/feedback-rounds/" + TOO_FEW, grace), "invitees", "reveals");
    }

    @Test
    void anInvitedPeerSeesOnlyWhetherTheyAnsweredNeverTheResultsAboutAColleague() {
        String edsger = client.token(EDSGER, "EMPLOYEE");
        Response round = client.get("/api/feedback-rounds/" + ANSWERED, edsger);

        assertSeesNoResults(round, "results", "comments", "invitees", "reveals");
        assertThat(round.json().path("youAnswered").asBoolean()).isTrue();
        assertThat(round.body()).doesNotContain(ALAN, BARBARA);
        JsonNode invitations = client.get("/api/feedback-rounds/invitations", edsger).json();
        assertThat(invitations.findValuesAsString("roundId")).contains(ANSWERED, TOO_FEW);
    }

    @Test
    void hrSeesTheInviteesEveryCommentWithItsAnswerIdAndOnlyTheAuthorItRevealed() {
        JsonNode round = client.get("/api/feedback-rounds/" + ANSWERED, hr()).json();

        assertThat(round.path("withheld")).isEmpty();
        assertThat(round.path("invitees").findValuesAsString("personId")).containsExactly(ALAN, EDSGER, BARBARA);
        assertThat(round.path("comments")).hasSize(3);
        for (JsonNode comment : round.path("comments")) {
            boolean revealed = comment.path("answerId").asString().equals(answerId(ANSWERED, 0));
            assertThat(comment.path("authorId").isMissingNode()).as(comment.toString()).isEqualTo(!revealed);
            if (revealed) {
                assertThat(comment.path("authorId").asString()).isEqualTo(ALAN);
            }
        }
        assertThat(round.path("reveals").get(0).path("reason").asString()).isEqualTo(REASON);
        assertThat(round.path("reveals").get(0).path("revealedBy").asString()).isEqualTo("hr-1");
        JsonNode tooFew = client.get("/api/feedback-rounds/" + TOO_FEW, hr()).json();
        assertThat(tooFew.path("results").isNull()).isTrue();
        assertThat(tooFew.path("withheld")).extracting(JsonNode::asString).containsExactly("results");
    }

    @Test
    void theCouncilSeesNothingOfARound() {
        assertRefused(client.token("council-" + UUID.randomUUID(), "COUNCIL"));
    }

    @Test
    void aStrangerSeesNothingOfARound() {
        assertRefused(client.token("stranger-" + UUID.randomUUID(), "EMPLOYEE", "MANAGER"));
    }

    @Test
    void theAuditLogShowsAnAnswersAuthorToNoOneButHrAndToHrOnlyOnceRevealed() {
        String path = "/api/audit/events?size=100&employeeId=" + ADA + "&type=" + EventTypes.typeOf(FeedbackGiven.class);
        JsonNode entries = client.get(path, hr()).json().path("content");

        assertThat(entries).hasSize(5);
        for (JsonNode entry : entries) {
            boolean revealed = entry.path("payload").path("answerId").asString().equals(answerId(ANSWERED, 0));
            assertThat(entry.path("actorId").isNull()).isTrue();
            assertThat(entry.path("metadata").has("actorid")).isFalse();
            assertThat(entry.path("metadata").has("actorroles")).isFalse();
            if (revealed) {
                assertThat(entry.path("payload").path("authorId").asString()).isEqualTo(ALAN);
                assertThat(entry.path("withheld")).extracting(JsonNode::asString).containsExactly("actorId");
            } else {
                assertThat(entry.path("payload").path("authorId").isNull()).as(entry.toString()).isTrue();
                assertThat(entry.path("withheld")).extracting(JsonNode::asString).containsExactly("authorId", "actorId");
            }
        }
        assertThat(client.get(path, hr()).body()).doesNotContain(EDSGER, BARBARA);
        assertThat(client.get(path.replace("&type=", "&actorId=" + EDSGER + "&type="), hr()).json().path("content")).isEmpty();
        assertThat(client.get(path.replace("/api/audit/events?size=100", "/api/audit/events/export?format=csv"), hr()).body())
                .contains(ALAN).doesNotContain(EDSGER, BARBARA);
        for (String reader : List.of(ADA, GRACE, ALAN)) {
            assertThat(client.get(path, client.token(reader, "EMPLOYEE", "MANAGER")).status()).isEqualTo(403);
        }
    }

    @Test
    void anErasureOfThePersonTakesTheCommentsAboutThemAndTheRevealReasonsAndLeavesTheRatings() {
        String linus = UUID.randomUUID().toString();
        String round = "round-erased-" + UUID.randomUUID();
        client.publish(QueryServiceClient.employeeRegistered(UUID.randomUUID().toString(), linus, "Linus Torvalds", GRACE, "hr-1",
                OffsetDateTime.now(ZoneOffset.UTC)));
        publish(new FeedbackRoundOpened(round, linus, GRACE, List.of("collaboration"), List.of(new FeedbackInvitee(ALAN, FeedbackRelation.PEER),
                new FeedbackInvitee(EDSGER, FeedbackRelation.PEER), new FeedbackInvitee(BARBARA, FeedbackRelation.PEER)), 3), GRACE);
        for (int i = 0; i < AUTHORS.size(); i++) {
            publish(new FeedbackGiven(round, linus, answerId(round, i), AUTHORS.get(i), List.of(new FeedbackRating("collaboration", 4)),
                    "Linus " + comment(round, i)), AUTHORS.get(i));
        }
        publish(new FeedbackAuthorRevealed(round, linus, answerId(round, 0), ALAN, "hr-1", "Linus filed complaint HR-15"), "hr-1");
        client.awaitBody("/api/feedback-rounds/" + round, hr(), view -> view.path("reveals").size() == 1);

        publish(new PersonalDataErased(linus, "Erasure request ER-15"), "hr-1");

        JsonNode erased = client.awaitBody("/api/feedback-rounds/" + round, hr(),
                view -> view.path("reveals").get(0).path("reason").asString().equals(PersonalDataCipher.ERASED));
        assertThat(erased.path("comments").findValuesAsString("text")).containsOnly(PersonalDataCipher.ERASED).hasSize(3);
        assertThat(erased.path("results").get(0).path("mean").decimalValue()).isEqualByComparingTo("4");
        assertThat(erased.toString()).doesNotContain("Linus");
    }

    private void assertRefused(String token) {
        for (String path : List.of("/api/feedback-rounds/" + ANSWERED, "/api/employees/" + ADA + "/feedback-rounds")) {
            Response response = client.get(path, token);
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain(ALAN, EDSGER, BARBARA, "collaboration");
        }
    }

    private static void assertSeesResultsWithoutAuthors(Response response) {
        assertThat(response.status()).isEqualTo(200);
        JsonNode round = response.json();
        JsonNode collaboration = StreamSupport.stream(round.path("results").spliterator(), false)
                .filter(result -> result.path("competencyId").asString().equals("collaboration")).findFirst().orElseThrow();
        assertThat(collaboration.path("answers").asInt()).isEqualTo(3);
        assertThat(collaboration.path("mean").decimalValue()).isEqualByComparingTo("4.33");
        assertThat(collaboration.path("distribution").path("4").asInt()).isEqualTo(2);
        assertThat(collaboration.path("distribution").path("5").asInt()).isEqualTo(1);
        assertThat(round.path("comments").findValuesAsString("text")).containsExactly(comment(ANSWERED, 0), comment(ANSWERED, 1),
                comment(ANSWERED, 2));
        assertThat(round.path("comments").findValues("answerId")).isEmpty();
        assertThat(round.path("invitees").isNull()).isTrue();
        assertThat(round.path("withheld")).extracting(JsonNode::asString).containsExactly("invitees", "reveals");
        assertThat(response.body()).doesNotContain(ALAN, EDSGER, BARBARA, REASON);
    }

    private static void assertSeesNoResults(Response response, String... withheld) {
        assertThat(response.status()).isEqualTo(200);
        JsonNode round = response.json();
        assertThat(round.path("answered").asInt()).isPositive();
        assertThat(round.path("results").isNull()).isTrue();
        assertThat(round.path("comments").isNull()).isTrue();
        assertThat(round.path("withheld")).extracting(JsonNode::asString).containsExactlyInAnyOrder(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("results", "comments"), java.util.Arrays.stream(withheld))
                        .distinct().toArray(String[]::new));
        assertThat(response.body()).doesNotContain("Comment ");
    }

    private void publish(CareerEvent event, String actor) {
        client.publish(QueryServiceClient.careerEvent(UUID.randomUUID().toString(), event, actor, OffsetDateTime.now(ZoneOffset.UTC)));
    }

    private static FeedbackGiven answer(String round, int index, int collaboration) {
        return new FeedbackGiven(round, ADA, answerId(round, index), AUTHORS.get(index), List.of(
                new FeedbackRating("collaboration", collaboration), new FeedbackRating("technical-depth", 3)), comment(round, index));
    }

    private static String answerId(String round, int index) {
        return round + "-answer-" + index;
    }

    /** Comment A, B, C: in text order, which is the order the employee sees them in. */
    private static String comment(String round, int index) {
        return "Comment " + (char) ('A' + index) + " in " + round;
    }

    private String hr() {
        return client.token("hr-1", "HR");
    }
}
