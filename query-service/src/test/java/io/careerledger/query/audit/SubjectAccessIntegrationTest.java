package io.careerledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import io.careerledger.events.AssessorRole;
import io.careerledger.events.CareerEvent;
import io.careerledger.events.ConversationKind;
import io.careerledger.events.ConversationNoteRecorded;
import io.careerledger.events.ConversationScheduled;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.EventTypes;
import io.careerledger.events.FeedbackStance;
import io.careerledger.events.GoalSet;
import io.careerledger.events.NoteVisibility;
import io.careerledger.events.PersonalDataCipher;
import io.careerledger.events.PersonalDataErased;
import io.careerledger.events.PromotionFeedbackGiven;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.ReadinessSnapshot;
import io.careerledger.query.support.CareerEvents;
import io.careerledger.query.support.EncryptedEventsIntegrationTest;
import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceClient.Response;

/**
 * Subject access: the person and HR get everything held about the person as one document, in sections;
 * the notes in it are the ones the reader may read. Nobody else gets it, not even their manager. Once
 * a person is erased, their document holds the facts with the marker in place of their texts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubjectAccessIntegrationTest extends EncryptedEventsIntegrationTest {

    private final String managerId = "mgr-" + UUID.randomUUID();
    private String employeeId;
    private String colleagueId;
    private String caseId;

    @Autowired
    QueryServiceClient client;

    @BeforeAll
    void aPersonWithACareerAConversationAGoalAndAssessmentsAboutAndByThem() {
        CareerEvents events = new CareerEvents(client);
        events.publishFramework();
        employeeId = events.employeeOnTrack("Mary Jackson", managerId, "expert");
        colleagueId = events.employeeOnTrack("Christine Darden", managerId, "expert");
        events.publish(events.assessment(employeeId, "craft", AssessorRole.MANAGER, managerId, 3, null), managerId);
        events.publish(events.assessment(colleagueId, "impact", AssessorRole.PEER, employeeId, 2, null), employeeId);
        events.publish(new GoalSet(employeeId, "goal-" + employeeId, "Qualify as engineer", "Pass the exam", LocalDate.of(2030, 1, 1),
                null, null, null), employeeId);
        String conversationId = "conversation-" + employeeId;
        events.publish(new ConversationScheduled(conversationId, employeeId, ConversationKind.ONE_TO_ONE, managerId,
                List.of(employeeId, managerId), Instant.parse("2026-05-01T09:00:00Z"), null, "Wind tunnel work"), managerId);
        events.publish(new ConversationNoteRecorded(conversationId, employeeId, "note-shared", managerId, "Ready for the exam",
                NoteVisibility.SHARED, null), managerId);
        events.publish(new ConversationNoteRecorded(conversationId, employeeId, "note-private", managerId, "Ask HR about the course",
                NoteVisibility.PRIVATE, null), managerId);
        caseId = "case-" + employeeId;
        events.publish(new PromotionNominated(employeeId, caseId, events.frameworkId(), 1, "expert", 4, 5, "Leads the wind tunnel team",
                null, managerId, new ReadinessSnapshot(List.of(), List.of(), List.of(), List.of())), managerId);
        events.publish(new PromotionFeedbackGiven(employeeId, caseId, "council-7", FeedbackStance.CONCERN, "Wants one more cycle"),
                "council-7");
        client.awaitBody(path(), client.token("hr-1", "HR"),
                body -> body.path("conversations").size() == 3 && body.path("promotionCases").size() == 2);
    }

    @Test
    void thePersonGetsEverythingHeldAboutThemWithTheNotesTheyMayRead() {
        Response response = client.get(path(), client.token(employeeId, "EMPLOYEE"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode document = response.json();
        assertThat(document.path("person").path("fullName").asString()).isEqualTo("Mary Jackson");
        assertThat(document.path("career").toString()).contains("io.careerledger.EmployeeRegistered", "io.careerledger.TrackChosen");
        assertThat(document.path("assessmentsAboutThem")).hasSize(1);
        assertThat(document.path("assessmentsTheyGave").toString()).contains(colleagueId, "PEER");
        assertThat(document.path("goals").toString()).contains("Qualify as engineer");
        assertThat(document.path("conversations").toString()).contains("Wind tunnel work", "Ready for the exam")
                .doesNotContain("Ask HR about the course");
        assertThat(document.path("promotionCases")).hasSize(2);
        assertThat(document.path("promotionCases").get(0).path("type").asString()).isEqualTo(EventTypes.typeOf(PromotionNominated.class));
        assertThat(document.path("promotionCases").toString()).contains(caseId, "Leads the wind tunnel team");
    }

    /** As on the case itself: the person sees each stance, never who took it nor what they wrote. */
    @Test
    void thePersonSeesACouncilStanceWithoutItsMemberOrComment() {
        JsonNode stance = client.get(path(), client.token(employeeId, "EMPLOYEE")).json().path("promotionCases").get(1);

        assertThat(stance.path("payload").path("stance").asString()).isEqualTo("CONCERN");
        assertThat(stance.toString()).doesNotContain("council-7", "Wants one more cycle");
        assertThat(stance.path("withheld").toString()).contains("memberId", "comment", "actorId");
    }

    @Test
    void hrSeesWhoTookEachStance() {
        JsonNode stance = client.get(path(), client.token("hr-1", "HR")).json().path("promotionCases").get(1);

        assertThat(stance.toString()).contains("council-7", "Wants one more cycle");
    }

    @Test
    void afterTheirErasureTheDocumentShowsTheFactsWithTheMarkerInPlaceOfTheirTexts() {
        String erasedId = UUID.randomUUID().toString();
        String name = "Dorothy Vaughan " + erasedId.substring(0, 8);
        String goal = "Teach FORTRAN " + erasedId.substring(0, 8);
        String hr = client.token("hr-1", "HR");
        publish(new EmployeeRegistered(erasedId, KEYS.encrypt(erasedId, name), KEYS.encrypt(erasedId, "dorothy@example.org"),
                managerId, "three-track", 4, LocalDate.of(2022, 5, 2)));
        publish(new GoalSet(erasedId, "goal-" + erasedId, KEYS.encrypt(erasedId, goal), null, LocalDate.of(2030, 1, 1), null, null,
                null));
        String document = "/api/employees/" + erasedId + "/personal-data";
        client.awaitBody(document, hr, body -> body.path("goals").toString().contains(goal));

        KEYS.erase(erasedId);
        publish(new PersonalDataErased(erasedId, "Erasure request ER-19"));
        JsonNode erased = client.awaitBody(document, hr,
                body -> body.path("person").path("fullName").asString().equals(PersonalDataCipher.ERASED));

        assertThat(erased.toString()).doesNotContain(name, goal, "dorothy@example.org");
        assertThat(erased.path("career").get(0).path("payload").path("fullName").asString()).isEqualTo(PersonalDataCipher.ERASED);
        assertThat(erased.path("goals").get(0).path("payload").path("title").asString()).isEqualTo(PersonalDataCipher.ERASED);
        assertThat(erased.path("career").toString()).contains("io.careerledger.PersonalDataErased", "Erasure request ER-19");
    }

    @Test
    void hrGetsTheDocumentToo() {
        Response response = client.get(path(), client.token("hr-1", "HR"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("goals").toString()).contains("Qualify as engineer");
    }

    @Test
    void theirManagerIsRefused() {
        assertRefused(client.get(path(), client.token(managerId, "MANAGER")));
    }

    @Test
    void aColleagueIsRefused() {
        assertRefused(client.get(path(), client.token(colleagueId, "EMPLOYEE")));
    }

    @Test
    void theCouncilIsRefused() {
        assertRefused(client.get(path(), client.token("council-1", "COUNCIL")));
    }

    @Test
    void nothingHeldAboutSomeoneUnknown() {
        Response response = client.get("/api/employees/" + UUID.randomUUID() + "/personal-data", client.token("hr-1", "HR"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static void assertRefused(Response response) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Mary Jackson");
    }

    private void publish(CareerEvent event) {
        client.publish(QueryServiceClient.careerEvent(UUID.randomUUID().toString(), event, "hr-1", OffsetDateTime.now()));
    }

    private String path() {
        return "/api/employees/" + employeeId + "/personal-data";
    }
}
