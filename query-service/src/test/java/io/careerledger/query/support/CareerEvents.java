package io.careerledger.query.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.careerledger.events.AssessorRole;
import io.careerledger.events.CareerEvent;
import io.careerledger.events.Competency;
import io.careerledger.events.CompetencyAssessed;
import io.careerledger.events.EmployeeRegistered;
import io.careerledger.events.Expectation;
import io.careerledger.events.FrameworkDefinition;
import io.careerledger.events.FrameworkVersionProposed;
import io.careerledger.events.FrameworkVersionPublished;
import io.careerledger.events.Milestone;
import io.careerledger.events.ProficiencyStep;
import io.careerledger.events.Track;
import io.careerledger.events.TrackChosen;
import io.careerledger.events.TrackLevel;

/**
 * Publishes a small career on its own framework for dashboard and analytics tests: two tracks
 * ("expert", "leader") with levels 4 and 5 expecting "craft" and "impact", level 5 also the milestone {@link #MILESTONE}.
 */
public final class CareerEvents {

    public static final LocalDate HIRED = LocalDate.of(2022, 5, 2);
    /** The milestone level 5 of both tracks asks for. */
    public static final String MILESTONE = "domain-reference";

    private final QueryServiceClient client;
    private final String frameworkId;

    public CareerEvents(QueryServiceClient client) {
        this.client = client;
        this.frameworkId = "fw-" + UUID.randomUUID();
    }

    public String frameworkId() {
        return frameworkId;
    }

    /** Version 1, proposed and published. */
    public void publishFramework() {
        publishFramework(1, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** A version proposed and published at {@code at}; the titles of a version after the first end in " v<version>". */
    public void publishFramework(int version, OffsetDateTime at) {
        String suffix = version == 1 ? "" : " v" + version;
        FrameworkDefinition definition = new FrameworkDefinition(frameworkId, "Dashboard framework", null,
                List.of(new ProficiencyStep(1, "Learning", null), new ProficiencyStep(2, "Practising", null),
                        new ProficiencyStep(3, "Proficient", null), new ProficiencyStep(4, "Expert", null)),
                List.of(new Competency("craft", "Technical craft", null, "technical", List.of()),
                        new Competency("impact", "Impact", null, "entrepreneurial", List.of())),
                List.of(track("expert", "Specialist" + suffix, "Senior Specialist" + suffix), track("leader", "Team Lead" + suffix,
                        "Head of" + suffix)),
                List.of(), List.of(), true);
        publish(new FrameworkVersionProposed(frameworkId, version, definition, "Version " + version, "council-1", 1), "council-1", at);
        publish(new FrameworkVersionPublished(frameworkId, version, definition, List.of("council-2"), LocalDate.now(ZoneOffset.UTC).plusYears(1)),
                "council-2", at);
    }

    private static Track track(String id, String levelFour, String levelFive) {
        return new Track(id, id, "INDIVIDUAL_CONTRIBUTOR", List.of(
                new TrackLevel(4, levelFour, "G4", "B4", List.of(new Expectation("craft", 3), new Expectation("impact", 2)), List.of()),
                new TrackLevel(5, levelFive, "G5", "B5", List.of(new Expectation("craft", 4), new Expectation("impact", 3)),
                        List.of(new Milestone(MILESTONE, "Named the reference for a domain", "Two teams name them", 12)))));
    }

    /** Someone at level 4 who reports to {@code managerId}, on {@code trackId}; returns their id. */
    public String employeeOnTrack(String fullName, String managerId, String trackId) {
        String employeeId = UUID.randomUUID().toString();
        publish(new EmployeeRegistered(employeeId, fullName, "someone@example.org", managerId, frameworkId, 4, HIRED), "hr-1");
        publish(new TrackChosen(employeeId, frameworkId, 1, null, trackId, 4, "Fits", managerId, null), managerId);
        return employeeId;
    }

    public CompetencyAssessed assessment(String employeeId, String competencyId, AssessorRole role, String assessorId,
                                         int proficiency, String reviewCycleId) {
        return new CompetencyAssessed(employeeId, UUID.randomUUID().toString(), competencyId, role, assessorId, proficiency,
                List.of(), null, reviewCycleId, null, frameworkId, 1);
    }

    public void publish(CareerEvent event, String actor) {
        publish(UUID.randomUUID().toString(), event, actor);
    }

    public void publish(String eventId, CareerEvent event, String actor) {
        publish(eventId, event, actor, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** As if it had occurred at {@code at}. */
    public void publish(CareerEvent event, String actor, OffsetDateTime at) {
        publish(UUID.randomUUID().toString(), event, actor, at);
    }

    private void publish(String eventId, CareerEvent event, String actor, OffsetDateTime at) {
        client.publish(QueryServiceClient.careerEvent(eventId, event, actor, at));
    }
}
