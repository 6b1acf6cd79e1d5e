package io.careerledger.command.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.ApiClient.Response;
import io.careerledger.command.support.CommandServiceIntegrationTest;
import io.careerledger.events.GoalProgressRecorded;
import io.careerledger.events.PersonalDataCipher;

/**
 * {@code POST /api/admin/snapshots} after an import: a long history written straight into the event store
 * (past the aggregate and its snapshot trigger) gets the snapshot a command would have taken, and the
 * career then loads from it and answers commands as before.
 */
@CommandServiceIntegrationTest
class CareerSnapshotsEndpointIntegrationTest {

    private static final int IMPORTED = 250;

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    CareerCache careers;

    @Test
    void anImportedHistoryGetsTheSnapshotACommandWouldHaveTakenAndLoadsFromIt() {
        ApiClient api = new ApiClient(port);
        String admin = api.token("admin-snapshots", "ADMIN");
        Career career = registeredWithAGoal(api);
        importProgress(career);
        long last = IMPORTED + 1;
        careers.removeAll();

        Response written = api.post("/api/admin/snapshots", admin, "{}");

        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(written.body()).contains("\"eventsSinceSnapshot\":100");
        assertThat(snapshotsOf(career.employeeId())).containsExactly(last);
        assertThat(snapshotPayloadOf(career.employeeId())).as("personal texts encrypted as in any snapshot")
                .contains("pd1:").doesNotContain("Imported note");
        assertThat(loaded(career.employeeId())).containsExactly("EmployeeCareer@" + last);

        Response progress = api.post(career.path() + "/goals/" + career.goalId() + "/progress", career.employee(),
                "{\"percentComplete\": 60, \"note\": \"After the import\"}");
        careers.removeAll();
        Response sameGoalAgain = api.post(career.path() + "/goals", career.employee(), career.goal("Another title"));

        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        assertThat(progress.etag()).isEqualTo("\"" + (last + 1) + "\"");
        assertThat(loaded(career.employeeId())).containsExactly("EmployeeCareer@" + last, "GoalProgressRecorded@" + (last + 1));
        assertThat(sameGoalAgain.status()).isEqualTo(409);
        assertThat(sameGoalAgain.body()).contains("/problems/goal-id-taken");
        Response again = api.post("/api/admin/snapshots", admin, "{}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(snapshotsOf(career.employeeId())).as("not behind any more").containsExactly(last);
    }

    /** An erased person's snapshot, like any taken once their key is gone, holds their texts as erased. */
    @Test
    void anErasedPersonsSnapshotHoldsNoneOfTheirTexts() {
        ApiClient api = new ApiClient(port);
        String hr = api.token("hr-snapshots", "HR");
        Career career = registeredWithAGoal(api);
        importProgress(career);
        assertThat(api.post(career.path() + "/offboarding", hr, "{\"lastWorkingDay\": \"2024-01-31\", \"reason\": \"Left\"}").status())
                .isEqualTo(200);
        assertThat(api.post(career.path() + "/erasure", hr, "{\"reason\": \"Erasure request ER-7\"}").status()).isEqualTo(200);
        assertThat(snapshotsOf(career.employeeId())).isEmpty();

        Response written = api.post("/api/admin/snapshots", api.token("admin-snapshots", "ADMIN"),
                "{\"eventsSinceSnapshot\": " + IMPORTED + "}");

        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(snapshotsOf(career.employeeId())).hasSize(1);
        assertThat(snapshotPayloadOf(career.employeeId())).doesNotContain("pd1:", "Imported note", "Run the guild")
                .contains(PersonalDataCipher.ERASED);
    }

    @Test
    void onlyAdminsAndOnlySensibleCounts() {
        ApiClient api = new ApiClient(port);
        String admin = api.token("admin-snapshots", "ADMIN");

        Response none = api.post("/api/admin/snapshots", admin, "{\"eventsSinceSnapshot\": 0}");
        Response text = api.post("/api/admin/snapshots", admin, "{\"eventsSinceSnapshot\": \"many\"}");

        assertThat(none.status()).isEqualTo(400);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.body()).contains("eventsSinceSnapshot");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/admin/snapshots", api.token("hr-snapshots", "HR"), "{}").status()).isEqualTo(403);
        assertThat(api.post("/api/admin/snapshots", null, "{}").status()).isEqualTo(401);
    }

    private record Career(String employeeId, String employee, String goalId) {

        String path() {
            return "/api/employees/" + employeeId;
        }

        String goal(String title) {
            return """
                    {"goalId": "%s", "title": "%s", "measure": "Six sessions", "dueDate": "%s"}"""
                    .formatted(goalId, title, LocalDate.now().plusMonths(6));
        }
    }

    /** Registered (sequence 0) and with one goal (1), through the API. */
    private static Career registeredWithAGoal(ApiClient api) {
        String hr = api.token("hr-snapshots", "HR");
        String frameworkId = "three-track-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.publishThreeTrack(frameworkId, hr).status()).isEqualTo(201);
        String employeeId = UUID.randomUUID().toString();
        assertThat(api.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Ada Lovelace", "email": "ada@example.org",
                 "frameworkId": "%s", "level": 3, "hireDate": "2019-02-01"}""".formatted(employeeId, frameworkId)).status())
                .isEqualTo(201);
        Career career = new Career(employeeId, api.token(employeeId, "EMPLOYEE"), UUID.randomUUID().toString());
        assertThat(api.post(career.path() + "/goals", career.employee(), career.goal("Run the guild")).status()).isEqualTo(200);
        return career;
    }

    /** Sequences 2 to IMPORTED + 1 appended to the event store as an import would: no aggregate, no snapshot trigger. */
    private void importProgress(Career career) {
        eventStore.publish(IntStream.rangeClosed(2, IMPORTED + 1)
                .mapToObj(sequence -> new GenericDomainEventMessage<>(CareerSnapshots.AGGREGATE_TYPE, career.employeeId(), sequence,
                        new GoalProgressRecorded(career.employeeId(), career.goalId(), sequence % 100, "Imported note " + sequence)))
                .toList());
    }

    /** What loading the career reads: each message's payload type and sequence. */
    private List<String> loaded(String employeeId) {
        DomainEventStream stream = eventStore.readEvents(employeeId);
        return stream.asStream().map(message -> message.getPayloadType().getSimpleName() + "@" + message.getSequenceNumber()).toList();
    }

    private List<Long> snapshotsOf(String employeeId) {
        return jdbc.queryForList("SELECT sequence_number FROM snapshot_event_entry WHERE aggregate_identifier = ?", Long.class, employeeId);
    }

    private String snapshotPayloadOf(String employeeId) {
        return jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                String.class, employeeId);
    }
}
