package io.careerledger.local;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Seeds a demo organisation through the same REST commands users send, so it all shows up as events:
 * the three-track framework published by the council, a dozen people with their managers and tracks,
 * a track switch, 360-degree assessments and goals, promotion cases and an open review cycle. Ids are derived from names: seeding twice sends
 * the same commands, which change nothing.
 */
final class DemoOrganisation {

    static final String FRAMEWORK = "three-track";

    /** name, email, manager's name (empty at the top), level, hire date, track. */
    static final List<List<String>> PEOPLE = List.of(
            List.of("Margaret Hamilton", "margaret@demo.example", "", "6", "2015-03-02", "director"),
            List.of("Grace Hopper", "grace@demo.example", "Margaret Hamilton", "5", "2016-01-11", "director"),
            List.of("Katherine Johnson", "katherine@demo.example", "Margaret Hamilton", "5", "2016-06-20", "director"),
            List.of("Alan Turing", "alan@demo.example", "Grace Hopper", "4", "2018-09-03", "expert"),
            List.of("Ada Lovelace", "ada@demo.example", "Grace Hopper", "4", "2019-02-04", "expert"),
            List.of("Edsger Dijkstra", "edsger@demo.example", "Grace Hopper", "3", "2020-10-12", "expert"),
            List.of("Barbara Liskov", "barbara@demo.example", "Katherine Johnson", "4", "2017-04-24", "people-leader"),
            List.of("Donald Knuth", "donald@demo.example", "Katherine Johnson", "3", "2021-01-18", "entrepreneur"),
            List.of("Frances Allen", "frances@demo.example", "Katherine Johnson", "2", "2022-07-01", "entrepreneur"),
            List.of("Dennis Ritchie", "dennis@demo.example", "Barbara Liskov", "2", "2023-03-13", "expert"),
            List.of("Radia Perlman", "radia@demo.example", "Barbara Liskov", "1", "2024-09-02", "foundation"),
            List.of("Tim Berners-Lee", "tim@demo.example", "Alan Turing", "1", "2025-02-17", "foundation"));

    private final RestClient commandService;

    DemoOrganisation(String commandServiceUrl) {
        this.commandService = RestClient.create(commandServiceUrl);
    }

    static String idOf(String name) {
        return UUID.nameUUIDFromBytes(("demo-employee:" + name).getBytes()).toString();
    }

    /** A stable id for one seeded record, so seeding again is a harmless retry. */
    static String idOf(String kind, String... parts) {
        return UUID.nameUUIDFromBytes(("demo-" + kind + ":" + String.join("/", parts)).getBytes()).toString();
    }

    void seed() {
        String hr = token("demo-hr", "HR");
        publishFramework(hr);
        for (List<String> person : PEOPLE) {
            Map<String, Object> registration = new HashMap<>();
            registration.put("employeeId", idOf(person.get(0)));
            registration.put("fullName", person.get(0));
            registration.put("email", person.get(1));
            registration.put("managerId", person.get(2).isEmpty() ? null : idOf(person.get(2)));
            registration.put("frameworkId", FRAMEWORK);
            registration.put("level", Integer.parseInt(person.get(3)));
            registration.put("hireDate", person.get(4));
            post("/api/employees", hr, registration);
        }
        for (List<String> person : PEOPLE) {
            chooseTrack(person.get(0), person.get(2), person.get(5), "Where their strengths lie", 0);
        }
        new DemoProgress(this).seed();
        new DemoReviewSeason(this).seed();
    }

    /** HR proposes the three-track sample, two council members approve it: version 1 is published. */
    private void publishFramework(String hr) {
        String document = commandService.get().uri("/api/frameworks/samples/{id}", FRAMEWORK)
                .headers(h -> h.setBearerAuth(hr)).retrieve().body(String.class);
        commandService.post().uri("/api/frameworks/proposals?rationale={why}", "Adopting the three-track model (seed 000)")
                .headers(h -> h.setBearerAuth(hr)).contentType(MediaType.parseMediaType("application/yaml"))
                .body(document).retrieve().toBodilessEntity();
        for (String member : List.of("demo-council-1", "demo-council-2")) {
            post("/api/frameworks/" + FRAMEWORK + "/versions/1/approvals", token(member, "COUNCIL"),
                    Map.of("comment", "Equal recognition across the three tracks"));
        }
    }

    /**
     * The person sends it, their line manager is recorded as agreeing. Sent only if the person is
     * still at {@code version} (If-Match): seeding again must not switch anyone back and forth.
     */
    void chooseTrack(String name, String managerName, String track, String reason, long version) {
        Map<String, Object> choice = new HashMap<>();
        choice.put("trackId", track);
        choice.put("reason", reason);
        choice.put("agreedBy", managerName.isEmpty() ? null : idOf(managerName));
        commandService.post().uri("/api/employees/{id}/track", idOf(name))
                .headers(h -> {
                    h.setBearerAuth(token(idOf(name), "EMPLOYEE"));
                    h.setIfMatch("\"" + version + "\"");
                })
                .contentType(MediaType.APPLICATION_JSON).body(choice).retrieve()
                .onStatus(status -> status.value() == 412, (request, response) -> { })
                .toBodilessEntity();
    }

    void post(String path, String token, Object body) {
        commandService.post().uri(path).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity();
    }

    String token(String subject, String role) {
        Map<?, ?> response = commandService.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("subject", subject, "roles", List.of(role))).retrieve().body(Map.class);
        return (String) response.get("token");
    }
}
