package io.careerledger.local;

import static io.careerledger.local.DemoOrganisation.idOf;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where someone stands is one fact, so every view of the query-service must tell it alike: over the
 * whole demo organisation (Dennis's applied promotion, Ada's track switch) and two newcomers the seed
 * has no counterpart for (one moved to another manager, one who left), each person's summary, list
 * entry, dashboard and line on their manager's team dashboard show the same track, level, title, grade
 * and band, those of that level in the framework version it was decided under, and the head count per
 * track and level is the count of those summaries for the people still with the organisation.
 */
class DemoOrganisationViewsAgreeEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Seeding sends some sixty commands; a machine shared with other builds projects them slowly. */
    private static final Duration PROJECTED = Duration.ofSeconds(90);

    private final RestClient queryService = RunningStack.queryService();
    private final DemoOrganisation organisation = new DemoOrganisation(RunningStack.services().commandServiceUrl());
    private final String hr = RunningStack.token("hr-1", "HR");
    private final Map<String, JsonNode> frameworkVersions = new HashMap<>();

    /** Track, level, title, grade and salary band: what every view must agree on. */
    record Position(String trackId, int level, String title, String grade, String salaryBand) {

        static Position of(JsonNode view) {
            return new Position(text(view, "trackId"), view.path("level").asInt(), text(view, "title"), text(view, "grade"),
                    text(view, "salaryBand"));
        }
    }

    /** One cell of the head count. */
    record TrackLevel(String trackId, int level) {
    }

    @Test
    void everyPersonStandsAlikeInTheirSummaryTheListTheirDashboardTheirTeamAndTheHeadCount() {
        organisation.seed();
        String hrOfTheDemo = organisation.token("demo-hr", "HR");
        String suffix = UUID.randomUUID().toString();
        String moved = newcomer("Hedy Lamarr " + suffix, "Alan Turing", 1, "foundation");
        organisation.post("/api/employees/" + moved + "/manager", hrOfTheDemo, Map.of("managerId", idOf("Ada Lovelace")));
        String left = newcomer("Claude Shannon " + suffix, "Barbara Liskov", 2, "expert");
        organisation.post("/api/employees/" + left + "/offboarding", hrOfTheDemo,
                Map.of("lastWorkingDay", LocalDate.now().minusDays(1).toString(), "reason", "Moved abroad"));

        String dennis = idOf("Dennis Ritchie");
        String ada = idOf("Ada Lovelace");
        Set<String> demo = DemoOrganisation.PEOPLE.stream().map(person -> idOf(person.get(0))).collect(Collectors.toSet());
        await("the demo organisation and both newcomers projected").atMost(PROJECTED).untilAsserted(() -> {
            Map<String, JsonNode> people = everyone();
            assertThat(people).containsKeys(demo.toArray(String[]::new)).containsKeys(moved, left);
            assertThat(people.get(dennis).path("level").asInt()).as("Dennis promoted").isEqualTo(3);
            assertThat(text(people.get(ada), "trackId")).as("Ada switched").isEqualTo("people-leader");
            assertThat(text(people.get(moved), "managerId")).as("moved to Ada").isEqualTo(ada);
            assertThat(people.get(left).hasNonNull("offboardedOn")).as("left").isTrue();
        });

        // Other test classes' people share the stack and may still be projecting: the views must come to agree.
        await("every view agrees").atMost(PROJECTED).untilAsserted(() -> {
            Map<String, JsonNode> people = everyone();
            people.values().forEach(this::summaryAndDashboardAgreeWithTheList);
            teamsAgreeWithTheList(people);
            headCountAgreesWithTheList(people, null);
            headCountAgreesWithTheList(people, DemoOrganisation.FRAMEWORK);
        });

        Map<String, JsonNode> people = everyone();
        assertThat(Position.of(people.get(dennis))).as("promoted").isEqualTo(new Position("expert", 3, "Senior Specialist", "G3", "B3"));
        assertThat(Position.of(people.get(ada))).as("switched track").isEqualTo(new Position("people-leader", 4, "Senior Manager", "G4", "B4"));
        assertThat(team(ada)).as("moved to Ada").containsKey(moved);
        assertThat(team(idOf("Alan Turing"))).as("moved away from Alan").doesNotContainKey(moved);
        assertThat(team(idOf("Barbara Liskov"))).as("left").doesNotContainKey(left).containsKey(dennis);
    }

    /** Joins the demo under a manager and chooses a track with them. */
    private String newcomer(String name, String managerName, int level, String track) {
        String id = idOf(name);
        organisation.post("/api/employees", organisation.token("demo-hr", "HR"), Map.of("employeeId", id, "fullName", name,
                "email", "newcomer@demo.example", "managerId", idOf(managerName), "frameworkId", DemoOrganisation.FRAMEWORK,
                "level", level, "hireDate", "2025-09-01"));
        organisation.chooseTrack(name, managerName, track, "Where their strengths lie", 0);
        return id;
    }

    private void summaryAndDashboardAgreeWithTheList(JsonNode listed) {
        String id = text(listed, "employeeId");
        String who = text(listed, "fullName");
        Position position = Position.of(listed);
        assertThat(position).as("%s as the framework version %s has their level", who, listed.path("frameworkVersion"))
                .isEqualTo(asTheFrameworkHasIt(listed));
        JsonNode summary = read("/api/employees/" + id);
        assertThat(Position.of(summary)).as("summary of %s", who).isEqualTo(position);
        JsonNode dashboard = read("/api/employees/" + id + "/dashboard");
        assertThat(Position.of(dashboard)).as("dashboard of %s", who).isEqualTo(position);
        for (String field : List.of("fullName", "managerId", "frameworkId", "frameworkVersion", "levelSince", "offboardedOn")) {
            assertThat(dashboard.path(field)).as("%s on the dashboard of %s", field, who).isEqualTo(summary.path(field));
            assertThat(listed.path(field)).as("%s in the list for %s", field, who).isEqualTo(summary.path(field));
        }
    }

    /** Every manager's team is exactly their reports still with the organisation, each where the list has them. */
    private void teamsAgreeWithTheList(Map<String, JsonNode> people) {
        Map<String, Map<String, Position>> reports = new HashMap<>();
        people.values().stream().filter(person -> person.hasNonNull("managerId")).forEach(person -> {
            Map<String, Position> team = reports.computeIfAbsent(text(person, "managerId"), manager -> new HashMap<>());
            if (!person.hasNonNull("offboardedOn")) {
                team.put(text(person, "employeeId"), Position.of(person));
            }
        });
        reports.forEach((manager, expected) -> assertThat(team(manager)).as("team of %s", manager).isEqualTo(expected));
    }

    /** The head count's cells are the list's people still with the organisation, counted per track and level. */
    private void headCountAgreesWithTheList(Map<String, JsonNode> people, String frameworkId) {
        Map<TrackLevel, Long> expected = people.values().stream()
                .filter(person -> !person.hasNonNull("offboardedOn"))
                .filter(person -> frameworkId == null || frameworkId.equals(text(person, "frameworkId")))
                .collect(groupingBy(person -> new TrackLevel(text(person, "trackId"), person.path("level").asInt()), counting()));
        JsonNode headCount = read("/api/analytics/head-count" + (frameworkId == null ? "" : "?frameworkId=" + frameworkId));
        Map<TrackLevel, Long> counted = elements(headCount).collect(toMap(
                cell -> new TrackLevel(text(cell, "trackId"), cell.path("level").asInt()), cell -> cell.path("people").asLong()));
        assertThat(counted).as("head count of %s", frameworkId == null ? "everyone" : frameworkId).isEqualTo(expected);
    }

    /** The title, grade and band of the person's track and level in the version their level was decided under. */
    private Position asTheFrameworkHasIt(JsonNode person) {
        String trackId = text(person, "trackId");
        int level = person.path("level").asInt();
        if (trackId == null || !person.hasNonNull("frameworkVersion")) {
            return new Position(trackId, level, null, null, null);
        }
        JsonNode definition = frameworkVersions.computeIfAbsent(text(person, "frameworkId") + "/" + person.path("frameworkVersion").asInt(),
                version -> read("/api/frameworks/" + text(person, "frameworkId") + "/versions/" + person.path("frameworkVersion").asInt())
                        .path("definition"));
        return elements(definition.path("tracks")).filter(track -> trackId.equals(text(track, "id")))
                .flatMap(track -> elements(track.path("levels"))).filter(step -> step.path("level").asInt() == level)
                .map(step -> new Position(trackId, level, text(step, "title"), text(step, "grade"), text(step, "salaryBand")))
                .findFirst().orElse(new Position(trackId, level, null, null, null));
    }

    /** Everyone on the employee list, page by page, by id. */
    private Map<String, JsonNode> everyone() {
        Map<String, JsonNode> people = new LinkedHashMap<>();
        JsonNode page;
        int number = 0;
        do {
            page = read("/api/employees?page=" + number++ + "&size=50");
            elements(page.path("content")).forEach(person -> people.put(text(person, "employeeId"), person));
        } while (number < page.path("page").path("totalPages").asInt());
        assertThat(people).as("the list's total").hasSize(page.path("page").path("totalElements").asInt());
        return people;
    }

    private Map<String, Position> team(String managerId) {
        return elements(read("/api/teams/" + managerId + "/dashboard?size=1000").path("content"))
                .collect(toMap(member -> text(member, "employeeId"), Position::of));
    }

    private JsonNode read(String path) {
        return queryService.get().uri(path).headers(h -> h.setBearerAuth(hr)).exchange((request, response) -> {
            assertThat(response.getStatusCode().value()).as("GET %s", path).isEqualTo(200);
            return JSON.readTree(response.getBody().readAllBytes());
        });
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }
}
