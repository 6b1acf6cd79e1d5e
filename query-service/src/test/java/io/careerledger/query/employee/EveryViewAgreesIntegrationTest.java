package io.careerledger.query.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import io.careerledger.events.EmployeeOffboarded;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.ManagerChanged;
import io.careerledger.events.PromotionApplied;
import io.careerledger.events.PromotionCompleted;
import io.careerledger.events.PromotionDecided;
import io.careerledger.events.PromotionDecision;
import io.careerledger.events.PromotionNominated;
import io.careerledger.events.ReadinessSnapshot;
import io.careerledger.events.TrackChosen;
import io.careerledger.query.support.CareerEvents;
import io.careerledger.query.support.QueryServiceClient;
import io.careerledger.query.support.QueryServiceIntegrationTest;

/**
 * An organisation with every kind of career event (promotion, track switch, manager change,
 * offboarding, no track yet): the employee summary, the employee list, the dashboard, the team
 * dashboard and the head count say the same about each person.
 */
@QueryServiceIntegrationTest
class EveryViewAgreesIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    QueryServiceClient client;

    @Test
    void summaryListDashboardTeamAndHeadCountShowTheSamePositionAfterEveryKindOfEvent() {
        CareerEvents career = new CareerEvents(client);
        career.publishFramework();
        String firstManager = "mgr-" + UUID.randomUUID();
        String secondManager = "mgr-" + UUID.randomUUID();
        String promoted = career.employeeOnTrack("Dennis Ritchie", firstManager, "expert");
        String switcher = career.employeeOnTrack("Grace Hopper", firstManager, "expert");
        String mover = career.employeeOnTrack("Barbara Liskov", firstManager, "leader");
        String leaver = career.employeeOnTrack("Frances Allen", firstManager, "expert");
        String newcomer = UUID.randomUUID().toString();
        career.publish(new EmployeeRegistered(newcomer, "Edsger Dijkstra", "edsger@example.org", secondManager, career.frameworkId(), 4,
                CareerEvents.HIRED), "hr-1");
        String caseId = "case-" + promoted;
        career.publish(new PromotionNominated(promoted, caseId, career.frameworkId(), 1, "expert", 4, 5, "Ready", null, firstManager,
                new ReadinessSnapshot(List.of(), List.of(), List.of(), List.of())), firstManager);
        career.publish(new PromotionDecided(promoted, caseId, PromotionDecision.APPROVE, "Meets level 5", "council-1", TODAY, 3),
                "council-1");
        career.publish(new PromotionApplied(promoted, caseId, 4, 5, "Senior Specialist", "G5", "B5", TODAY), "system");
        career.publish(new PromotionCompleted(promoted, caseId, 5), "system");
        career.publish(new TrackChosen(switcher, career.frameworkId(), 1, "expert", "leader", 4, "Wants to lead", firstManager, null),
                firstManager);
        career.publish(new ManagerChanged(mover, firstManager, secondManager), "hr-1");
        career.publish(new EmployeeOffboarded(leaver, TODAY, "Moved abroad"), "hr-1");
        String hr = client.token("hr-1", "HR");
        client.awaitBody("/api/employees/" + leaver, hr, body -> !body.path("offboardedOn").isNull());
        client.awaitBody("/api/employees/" + mover, hr, body -> secondManager.equals(body.path("managerId").asString()));

        Map<String, String> expected = Map.of(
                promoted, "expert/5/Senior Specialist/G5/B5",
                switcher, "leader/4/Team Lead/G4/B4",
                mover, "leader/4/Team Lead/G4/B4",
                leaver, "expert/4/Specialist/G4/B4",
                newcomer, "null/4/null/null/null");
        client.awaitBody("/api/employees/" + promoted, hr, body -> body.path("level").asInt() == 5);
        client.awaitBody("/api/employees/" + switcher, hr, body -> "leader".equals(body.path("trackId").asString()));
        Map<String, JsonNode> listed = listed(hr, expected.keySet().stream().toList());
        Map<String, JsonNode> team = new HashMap<>();
        for (String manager : List.of(firstManager, secondManager)) {
            client.get("/api/teams/" + manager + "/dashboard", hr).json().path("content")
                    .forEach(member -> team.put(member.path("employeeId").asString(), member));
        }
        expected.forEach((employeeId, position) -> {
            JsonNode summary = client.get("/api/employees/" + employeeId, hr).json();
            JsonNode dashboard = client.get("/api/employees/" + employeeId + "/dashboard", hr).json();
            assertThat(position(summary)).as("summary of " + employeeId).isEqualTo(position);
            assertThat(position(listed.get(employeeId))).as("list entry of " + employeeId).isEqualTo(position);
            assertThat(position(dashboard)).as("dashboard of " + employeeId).isEqualTo(position);
            assertThat(dashboard.path("frameworkVersion").asInt()).isEqualTo(summary.path("frameworkVersion").asInt()).isEqualTo(1);
            assertThat(dashboard.path("levelSince").asString()).isEqualTo(summary.path("levelSince").asString());
            assertThat(dashboard.path("offboardedOn")).isEqualTo(summary.path("offboardedOn"));
            if (employeeId.equals(leaver)) {
                assertThat(team).as("who left is on no team").doesNotContainKey(leaver);
            } else {
                assertThat(position(team.get(employeeId))).as("team dashboard entry of " + employeeId).isEqualTo(position);
            }
        });
        assertThat(client.get("/api/employees/" + promoted, hr).json().path("levelSince").asString()).isEqualTo(TODAY.toString());
        assertThat(team.keySet()).containsExactlyInAnyOrder(promoted, switcher, mover, newcomer);

        JsonNode headCount = client.get("/api/analytics/head-count?frameworkId=" + career.frameworkId(), hr).json();
        assertThat(headCount).extracting(row -> text(row, "trackId") + "/" + row.path("level").asInt() + ":"
                        + row.path("people").asInt())
                .as("the head count counts the positions the other views show, without who left")
                .containsExactly("expert/5:1", "leader/4:2", "null/4:1");
    }

    private static String position(JsonNode view) {
        return String.join("/", text(view, "trackId"), String.valueOf(view.path("level").asInt()), text(view, "title"),
                text(view, "grade"), text(view, "salaryBand"));
    }

    private static String text(JsonNode view, String field) {
        return view.path(field).isNull() || view.path(field).isMissingNode() ? "null" : view.path(field).asString();
    }

    /** The people's entries in HR's employee list, whichever pages they are on. */
    private Map<String, JsonNode> listed(String hr, List<String> employeeIds) {
        Map<String, JsonNode> found = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode body = client.get("/api/employees?size=500&page=" + page, hr).json();
            body.path("content").forEach(entry -> {
                if (employeeIds.contains(entry.path("employeeId").asString())) {
                    found.put(entry.path("employeeId").asString(), entry);
                }
            });
            if (body.path("content").isEmpty() || found.size() == employeeIds.size()) {
                return found;
            }
        }
    }
}
