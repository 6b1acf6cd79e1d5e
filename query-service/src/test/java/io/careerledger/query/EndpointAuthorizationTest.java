package io.careerledger.query;

import static io.careerledger.query.EndpointAuthorizationTest.Reader.ADMIN;
import static io.careerledger.query.EndpointAuthorizationTest.Reader.ANONYMOUS;
import static io.careerledger.query.EndpointAuthorizationTest.Reader.COUNCIL;
import static io.careerledger.query.EndpointAuthorizationTest.Reader.EMPLOYEE_OTHER;
import static io.careerledger.query.EndpointAuthorizationTest.Reader.EMPLOYEE_SELF;
import static io.careerledger.query.EndpointAuthorizationTest.Reader.HR;
import static io.careerledger.query.EndpointAuthorizationTest.Reader.LINE_MANAGER;
import static io.careerledger.query.EndpointAuthorizationTest.Reader.OTHER_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.careerledger.events.ConversationKind;
import io.careerledger.events.ConversationScheduled;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.ReadinessSnapshot;
import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceIntegrationTest;

/**
 * Every endpoint of the query API against every kind of reader: who gets an answer and who gets
 * 401/403. The table must name every mapped endpoint, so a new one can't ship without its row.
 */
@QueryServiceIntegrationTest
@TestPropertySource(properties = {
        "spring.application.name=query-service-authz",
        "spring.kafka.consumer.group-id=query-service-authz"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointAuthorizationTest {

    private static final String EMPLOYEE = "authz-employee";
    private static final String MANAGER = "authz-manager";
    private static final String CONVERSATION = "authz-conversation";
    private static final String CASE = "authz-case";

    enum Reader {
        ANONYMOUS(null), EMPLOYEE_SELF(EMPLOYEE, "EMPLOYEE"), EMPLOYEE_OTHER("authz-someone-else", "EMPLOYEE"),
        LINE_MANAGER(MANAGER, "MANAGER", "EMPLOYEE"), OTHER_MANAGER("authz-other-manager", "MANAGER", "EMPLOYEE"),
        COUNCIL("authz-council", "COUNCIL", "EMPLOYEE"), HR("authz-hr", "HR"), ADMIN("authz-admin", "ADMIN");

        final String subject;
        final String[] roles;

        Reader(String subject, String... roles) {
            this.subject = subject;
            this.roles = roles;
        }
    }

    private static final Set<Reader> EVERYONE_SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Reader> HR_AND_ADMIN = EnumSet.of(HR, ADMIN);
    private static final Set<Reader> HR_ONLY = EnumSet.of(HR);
    private static final Set<Reader> THE_EMPLOYEE_THEIR_MANAGER_AND_HR = EnumSet.of(EMPLOYEE_SELF, LINE_MANAGER, HR);
    private static final Set<Reader> THE_MANAGER_AND_HR = EnumSet.of(LINE_MANAGER, HR);
    private static final Set<Reader> MANAGERS_AND_HR = EnumSet.of(LINE_MANAGER, OTHER_MANAGER, HR);
    private static final Set<Reader> COUNCIL_AND_HR = EnumSet.of(COUNCIL, HR);

    /**
     * @param pattern       the mapping as Spring registers it
     * @param path          a concrete request on the test's data
     * @param allowed       who passes
     * @param answers       what those who pass get (an unknown resource answers 404 to those who may ask)
     */
    record Endpoint(String method, String pattern, String path, Set<Reader> allowed, Set<Integer> answers) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            get("/api/employees", "/api/employees", HR_ONLY),
            get("/api/employees/{employeeId}", "/api/employees/" + EMPLOYEE, THE_EMPLOYEE_THEIR_MANAGER_AND_HR),
            get("/api/employees/{employeeId}/conversations", "/api/employees/" + EMPLOYEE + "/conversations",
                    THE_EMPLOYEE_THEIR_MANAGER_AND_HR),
            get("/api/conversations/{conversationId}", "/api/conversations/" + CONVERSATION, THE_EMPLOYEE_THEIR_MANAGER_AND_HR),
            get("/api/employees/{employeeId}/live", "/api/employees/" + EMPLOYEE + "/live", THE_EMPLOYEE_THEIR_MANAGER_AND_HR),
            get("/api/teams/{managerId}/live", "/api/teams/" + MANAGER + "/live", THE_MANAGER_AND_HR),
            get("/api/employees/{employeeId}/dashboard", "/api/employees/" + EMPLOYEE + "/dashboard", THE_EMPLOYEE_THEIR_MANAGER_AND_HR),
            // subject access: the person and HR only, not even the line manager
            get("/api/employees/{employeeId}/personal-data", "/api/employees/" + EMPLOYEE + "/personal-data", EnumSet.of(EMPLOYEE_SELF, HR)),
            get("/api/teams/{managerId}/dashboard", "/api/teams/" + MANAGER + "/dashboard", THE_MANAGER_AND_HR),
            get("/api/employees/{employeeId}/as-of/{instant}", "/api/employees/" + EMPLOYEE + "/as-of/2100-01-01T00:00:00Z",
                    THE_EMPLOYEE_THEIR_MANAGER_AND_HR),
            get("/api/analytics/head-count", "/api/analytics/head-count", HR_ONLY),
            get("/api/analytics/track-switches", "/api/analytics/track-switches", HR_ONLY),
            get("/api/analytics/promotions", "/api/analytics/promotions", HR_ONLY),
            get("/api/analytics/ratings", "/api/analytics/ratings", HR_ONLY),
            get("/api/analytics/review-cycle-completion", "/api/analytics/review-cycle-completion", HR_ONLY),
            // the employee sees their own case too, without the individual feedback
            get("/api/promotion-cases/{caseId}", "/api/promotion-cases/" + CASE, EnumSet.of(EMPLOYEE_SELF, LINE_MANAGER, COUNCIL, HR)),
            get("/api/promotion-cases", "/api/promotion-cases", COUNCIL_AND_HR),
            get("/api/promotion-cases/{caseId}/trail", "/api/promotion-cases/" + CASE + "/trail", COUNCIL_AND_HR),
            get("/api/employees/{employeeId}/promotion-cases", "/api/employees/" + EMPLOYEE + "/promotion-cases",
                    THE_EMPLOYEE_THEIR_MANAGER_AND_HR),
            get("/api/employees/{employeeId}/feedback-rounds", "/api/employees/" + EMPLOYEE + "/feedback-rounds",
                    THE_EMPLOYEE_THEIR_MANAGER_AND_HR),
            // what a round shows whom is FeedbackRoundReadersIntegrationTest's; an unknown one is 404 to everyone
            new Endpoint("GET", "/api/feedback-rounds/{roundId}", "/api/feedback-rounds/unknown", EVERYONE_SIGNED_IN, Set.of(404)),
            get("/api/feedback-rounds/invitations", "/api/feedback-rounds/invitations", EVERYONE_SIGNED_IN),
            get("/api/review-cycles", "/api/review-cycles", MANAGERS_AND_HR),
            new Endpoint("GET", "/api/review-cycles/{cycleId}", "/api/review-cycles/unknown", MANAGERS_AND_HR, Set.of(404)),
            get("/api/frameworks", "/api/frameworks", EVERYONE_SIGNED_IN),
            new Endpoint("GET", "/api/frameworks/{frameworkId}", "/api/frameworks/unknown", EVERYONE_SIGNED_IN, Set.of(404)),
            new Endpoint("GET", "/api/frameworks/{frameworkId}/versions", "/api/frameworks/unknown/versions",
                    EVERYONE_SIGNED_IN, Set.of(404)),
            new Endpoint("GET", "/api/frameworks/{frameworkId}/versions/{version}", "/api/frameworks/unknown/versions/1",
                    EVERYONE_SIGNED_IN, Set.of(404)),
            get("/api/audit/events", "/api/audit/events?employeeId=" + EMPLOYEE, HR_ONLY),
            get("/api/audit/events/export", "/api/audit/events/export?employeeId=" + EMPLOYEE, HR_ONLY),
            get("/api/admin/parked-events", "/api/admin/parked-events", HR_AND_ADMIN),
            new Endpoint("POST", "/api/admin/parked-events/{eventId}/redrive", "/api/admin/parked-events/unknown/redrive",
                    HR_AND_ADMIN, Set.of(404)),
            // the first reader let in starts a rebuild, the next finds it running or finished
            new Endpoint("POST", "/api/admin/rebuilds", "/api/admin/rebuilds", HR_AND_ADMIN, Set.of(202, 409)),
            new Endpoint("GET", "/api/admin/rebuilds/current", "/api/admin/rebuilds/current", HR_AND_ADMIN, Set.of(200, 404)));

    private static Endpoint get(String pattern, String path, Set<Reader> allowed) {
        return new Endpoint("GET", pattern, path, allowed, Set.of(200));
    }

    @Autowired
    QueryServiceClient client;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void anEmployeeWithALineManagerAConversationAndAPromotionCase() {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        client.publish(QueryServiceClient.employeeRegistered("authz-registered", EMPLOYEE, "Ada Lovelace", MANAGER, "hr-1", start));
        client.publish(QueryServiceClient.careerEvent("authz-scheduled", new ConversationScheduled(CONVERSATION, EMPLOYEE,
                ConversationKind.PERFORMANCE_CATCH_UP, MANAGER, List.of(EMPLOYEE, MANAGER), Instant.now(), null, null), MANAGER, start));
        client.publish(QueryServiceClient.careerEvent("authz-nominated", new PromotionNominated(EMPLOYEE, CASE, "three-track", 1, "expert",
                1, 2, "Ready", null, MANAGER, new ReadinessSnapshot(List.of(), List.of(), List.of(), List.of())), MANAGER, start));
        await().atMost(Duration.ofSeconds(30)).until(() -> status("GET", "/api/conversations/" + CONVERSATION, HR) == 200
                && status("GET", "/api/promotion-cases/" + CASE, HR) == 200);
    }

    @Test
    void theTableNamesEveryEndpointOfTheApi() {
        Set<String> mapped = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream()
                        .flatMap(pattern -> info.getMethodsCondition().getMethods().stream().map(method -> method + " " + pattern)))
                .filter(endpoint -> endpoint.contains(" /api/"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = ENDPOINTS.stream().map(endpoint -> endpoint.method() + " " + endpoint.pattern())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(covered).isEqualTo(mapped);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryReader() {
        return ENDPOINTS.stream().flatMap(endpoint -> Stream.of(Reader.values()).map(reader ->
                DynamicTest.dynamicTest(endpoint + " as " + reader, () -> {
                    int status = status(endpoint.method(), endpoint.path(), reader);
                    if (endpoint.allowed().contains(reader)) {
                        assertThat(endpoint.answers()).contains(status);
                    } else {
                        assertThat(status).isEqualTo(reader == ANONYMOUS ? 401 : 403);
                    }
                })));
    }

    /** Only the status: a live stream stays open, so the body is never read. */
    private int status(String method, String path, Reader reader) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (reader.subject != null) {
            request.header("Authorization", "Bearer " + client.token(reader.subject, reader.roles));
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }
}
