package io.careerledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.ApiClient.Response;
import io.careerledger.command.support.CommandServiceIntegrationTest;
import io.careerledger.command.support.StoredEvents;

/**
 * The command pipe end to end on the real event store: what is checked before a command is sent
 * (If-Match, content negotiation), one id per record across every kind, and the version each answer
 * names as its ETag.
 */
@CommandServiceIntegrationTest
class CommandPipeIntegrationTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService clients = Executors.newFixedThreadPool(10);
    private ApiClient api;
    private String hr;
    private String frameworkId;
    private Response frameworkProposal;
    private String employeeId;
    private Response registration;
    private String employee;
    private String managerId;
    private String manager;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        hr = api.token("hr-1", "HR");
        frameworkId = "three-track-" + UUID.randomUUID().toString().substring(0, 8);
        frameworkProposal = api.publishThreeTrack(frameworkId, hr);
        assertThat(frameworkProposal.status()).isEqualTo(201);
        employeeId = UUID.randomUUID().toString();
        managerId = UUID.randomUUID().toString();
        employee = api.token(employeeId, "EMPLOYEE");
        manager = api.token(managerId, "MANAGER", "EMPLOYEE");
        registration = api.post("/api/employees", hr, registrationBody(employeeId));
        assertThat(registration.status()).isEqualTo(201);
        assertThat(api.post(employeePath("/track"), employee, """
                {"trackId": "expert", "reason": "Strengths", "agreedBy": "%s"}""".formatted(managerId)).status()).isEqualTo(200);
    }

    @AfterEach
    void tearDown() {
        clients.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"99999999999999999999999\"", "abc", "W/\"x\""})
    void aMalformedIfMatchIs400AndWritesNothing(String ifMatch) {
        Response answer = api.post(employeePath("/goals"), employee, goalBody(UUID.randomUUID()), ifMatch);

        assertProblem(answer, 400, "/problems/malformed-if-match");
        assertThat(StoredEvents.typesOf(jdbc, employeeId)).containsExactly("EmployeeRegistered", "TrackChosen");
    }

    @Test
    void aConversationUnderAnEmployeesIdIs409AndWritesNothing() {
        Response answer = api.post("/api/conversations", manager, scheduleBody(employeeId));

        assertProblem(answer, 409, "/problems/id-in-use");
        assertThat(StoredEvents.typesOf(jdbc, employeeId)).containsExactly("EmployeeRegistered", "TrackChosen");
    }

    @Test
    void anEmployeeUnderAConversationsIdIs409AndTheConversationStaysAsItWas() {
        String conversationId = UUID.randomUUID().toString();
        assertThat(api.post("/api/conversations", manager, scheduleBody(conversationId)).status()).isEqualTo(201);

        Response answer = api.post("/api/employees", hr, registrationBody(conversationId));
        Response scheduledAgain = api.post("/api/conversations", manager, scheduleBody(conversationId));

        assertProblem(answer, 409, "/problems/id-in-use");
        assertThat(scheduledAgain.status()).isEqualTo(201);
        assertThat(StoredEvents.typesOf(jdbc, conversationId)).containsExactly("ConversationScheduled");
    }

    @Test
    void aReviewCycleUnderAPromotionCasesIdIs409() {
        String caseId = UUID.randomUUID().toString();
        assertThat(api.post("/api/promotion-cases", manager, nominationBody(caseId)).status()).isEqualTo(201);

        Response answer = api.post("/api/review-cycles", hr, reviewCycleBody(caseId));

        assertProblem(answer, 409, "/problems/id-in-use");
        assertThat(StoredEvents.typesOf(jdbc, caseId)).containsExactly("PromotionNominated");
    }

    @Test
    void aPromotionCaseUnderAReviewCyclesIdIs409() {
        String cycleId = UUID.randomUUID().toString();
        assertThat(api.post("/api/review-cycles", hr, reviewCycleBody(cycleId)).status()).isEqualTo(201);

        Response answer = api.post("/api/promotion-cases", manager, nominationBody(cycleId));

        assertProblem(answer, 409, "/problems/id-in-use");
        assertThat(StoredEvents.typesOf(jdbc, cycleId)).containsExactly("ReviewCycleOpened");
    }

    @Test
    void commandsToAnIdHoldingAnotherKindOfRecordAre409AndWriteNothing() {
        String conversationId = UUID.randomUUID().toString();
        assertThat(api.post("/api/conversations", manager, scheduleBody(conversationId)).status()).isEqualTo(201);

        List<Response> answers = List.of(
                api.post("/api/employees/" + conversationId + "/track", hr, "{\"trackId\": \"expert\", \"reason\": \"x\"}"),
                api.post("/api/promotion-cases/" + conversationId + "/withdrawal", hr, "{\"reason\": \"x\"}"),
                api.post("/api/review-cycles/" + conversationId + "/phase", hr, "{\"phase\": \"MANAGER_ASSESSMENT\"}"));

        answers.forEach(answer -> assertProblem(answer, 409, "/problems/id-in-use"));
        assertThat(StoredEvents.typesOf(jdbc, conversationId)).containsExactly("ConversationScheduled");
    }

    @Test
    void aRegistrationAcceptingOnlyXmlIs406AndStoresNothing() {
        String newcomer = UUID.randomUUID().toString();

        Response answer = api.post("/api/employees", hr, registrationBody(newcomer), accepting("application/xml"));

        assertProblem(answer, 406, "/problems/not-acceptable");
        assertThat(StoredEvents.typesOf(jdbc, newcomer)).isEmpty();
    }

    @Test
    void aGoalAcceptingOnlyHtmlIs406AndStoresNothing() {
        Response answer = api.post(employeePath("/goals"), employee, goalBody(UUID.randomUUID()), accepting("text/html"));

        assertProblem(answer, 406, "/problems/not-acceptable");
        assertThat(StoredEvents.typesOf(jdbc, employeeId)).containsExactly("EmployeeRegistered", "TrackChosen");
    }

    @Test
    void aConversationAcceptingOnlyXmlIs406AndStoresNothing() {
        String conversationId = UUID.randomUUID().toString();

        Response answer = api.post("/api/conversations", manager, scheduleBody(conversationId), accepting("application/xml"));

        assertProblem(answer, 406, "/problems/not-acceptable");
        assertThat(StoredEvents.typesOf(jdbc, conversationId)).isEmpty();
    }

    @Test
    void everyCreationAnswersWithTheVersionItCreated() {
        String conversationId = UUID.randomUUID().toString();
        String caseId = UUID.randomUUID().toString();
        String cycleId = UUID.randomUUID().toString();

        List<Response> created = List.of(registration, frameworkProposal,
                api.post("/api/conversations", manager, scheduleBody(conversationId)),
                api.post("/api/promotion-cases", manager, nominationBody(caseId)),
                api.post("/api/review-cycles", hr, reviewCycleBody(cycleId)));

        assertThat(created).extracting(Response::status).containsOnly(201);
        assertThat(created).extracting(Response::etag).containsOnly("\"0\"");
    }

    @Test
    void everyKindOfRecordRefusesAStaleIfMatchWith412AndWritesNothing() {
        String caseId = UUID.randomUUID().toString();
        String cycleId = UUID.randomUUID().toString();
        String conversationId = UUID.randomUUID().toString();
        api.post("/api/promotion-cases", manager, nominationBody(caseId));
        api.post("/api/review-cycles", hr, reviewCycleBody(cycleId));
        api.post("/api/conversations", manager, scheduleBody(conversationId));
        String stale = "\"7\"";

        List<Response> answers = List.of(
                api.post(employeePath("/goals"), employee, goalBody(UUID.randomUUID()), stale),
                api.post("/api/conversations/" + conversationId + "/cancellation", manager, "{\"reason\": \"Leave\"}", stale),
                api.post("/api/promotion-cases/" + caseId + "/withdrawal", manager, "{\"reason\": \"Next cycle\"}", stale),
                api.post("/api/review-cycles/" + cycleId + "/phase", hr, "{\"phase\": \"MANAGER_ASSESSMENT\"}", stale),
                api.post("/api/frameworks/" + frameworkId + "/tracks/expert/retirement", hr, """
                        {"sunsetDate": "%s", "successorTrackId": "people-leader", "reason": "Merged"}"""
                        .formatted(LocalDate.now().plusMonths(6)), stale));

        answers.forEach(answer -> assertProblem(answer, 412, "/problems/stale-version"));
        assertThat(List.of(employeeId, conversationId, caseId, cycleId, frameworkId))
                .extracting(id -> StoredEvents.typesOf(jdbc, id).size())
                .containsExactly(2, 1, 1, 1, 4);
    }

    @Test
    void fiftyConcurrentCommandsEachAnswerTheVersionOfTheirOwnEvent() {
        List<UUID> goalIds = IntStream.range(0, 50).mapToObj(i -> UUID.randomUUID()).toList();

        Map<UUID, Response> answers = goalIds.stream()
                .collect(Collectors.toMap(Function.identity(), goalId -> CompletableFuture.supplyAsync(
                        () -> api.post(employeePath("/goals"), employee, goalBody(goalId)), clients)))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().join()));

        assertThat(answers.values()).extracting(Response::status).containsOnly(200);
        answers.forEach((goalId, answer) -> {
            long ownEvent = sequenceOfGoalSet(goalId);
            assertThat(answer.etag()).as("ETag of goal %s", goalId).isEqualTo("\"" + ownEvent + "\"");
            assertThat(answer.body()).contains("\"version\":" + ownEvent);
        });
    }

    private long sequenceOfGoalSet(UUID goalId) {
        return jdbc.queryForObject("""
                SELECT sequence_number FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%.GoalSet'
                  AND convert_from(payload, 'UTF8')::jsonb ->> 'goalId' = ?""", Long.class, employeeId, goalId.toString());
    }

    private static void assertProblem(Response answer, int status, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"" + type + "\"");
    }

    private static HttpHeaders accepting(String mediaType) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, mediaType);
        return headers;
    }

    private String employeePath(String action) {
        return "/api/employees/" + employeeId + action;
    }

    private String registrationBody(String id) {
        return """
                {"employeeId": "%s", "fullName": "Ada Lovelace", "email": "ada@example.org", "managerId": "%s",
                 "frameworkId": "%s", "level": 2, "hireDate": "2024-02-01"}""".formatted(id, managerId, frameworkId);
    }

    private static String goalBody(UUID goalId) {
        return """
                {"goalId": "%s", "title": "Run the guild", "measure": "Six sessions", "dueDate": "%s"}"""
                .formatted(goalId, LocalDate.now().plusMonths(6));
    }

    private String scheduleBody(String conversationId) {
        return """
                {"conversationId": "%s", "employeeId": "%s", "kind": "CAREER_PLANNING", "participants": [],
                 "scheduledFor": "%s", "agenda": "Which track from level 5?"}"""
                .formatted(conversationId, employeeId, Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES));
    }

    private String nominationBody(String caseId) {
        return """
                {"caseId": "%s", "employeeId": "%s", "targetLevel": 3, "justification": "Reference for payments"}"""
                .formatted(caseId, employeeId);
    }

    private String reviewCycleBody(String cycleId) {
        LocalDate today = LocalDate.now();
        return """
                {"cycleId": "%s", "name": "Spring", "frameworkId": "%s", "population": {"everyone": true},
                 "selfAssessmentDeadline": "%s", "managerAssessmentDeadline": "%s", "calibrationDeadline": "%s"}"""
                .formatted(cycleId, frameworkId, today.plusDays(10), today.plusDays(20), today.plusDays(30));
    }
}
