package io.careerledger.local;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Seeds a demo organisation through the same REST commands users send, so it all shows up as events.
 * Ids are derived from names: seeding twice would send the same commands, which change nothing.
 */
final class DemoOrganisation {

    /** name, email, manager's name (null at the top), level, hire date. */
    static final List<List<String>> PEOPLE = List.of(
            List.of("Margaret Hamilton", "margaret@demo.example", "", "7", "2015-03-02"),
            List.of("Grace Hopper", "grace@demo.example", "Margaret Hamilton", "6", "2016-01-11"),
            List.of("Katherine Johnson", "katherine@demo.example", "Margaret Hamilton", "6", "2016-06-20"),
            List.of("Alan Turing", "alan@demo.example", "Grace Hopper", "5", "2018-09-03"),
            List.of("Ada Lovelace", "ada@demo.example", "Grace Hopper", "4", "2019-02-04"),
            List.of("Edsger Dijkstra", "edsger@demo.example", "Grace Hopper", "3", "2020-10-12"),
            List.of("Barbara Liskov", "barbara@demo.example", "Katherine Johnson", "5", "2017-04-24"),
            List.of("Donald Knuth", "donald@demo.example", "Katherine Johnson", "3", "2021-01-18"),
            List.of("Frances Allen", "frances@demo.example", "Katherine Johnson", "2", "2022-07-01"),
            List.of("Dennis Ritchie", "dennis@demo.example", "Barbara Liskov", "2", "2023-03-13"),
            List.of("Radia Perlman", "radia@demo.example", "Barbara Liskov", "1", "2024-09-02"),
            List.of("Tim Berners-Lee", "tim@demo.example", "Alan Turing", "1", "2025-02-17"));

    private final RestClient commandService;

    DemoOrganisation(String commandServiceUrl) {
        this.commandService = RestClient.create(commandServiceUrl);
    }

    static String idOf(String name) {
        return UUID.nameUUIDFromBytes(("demo-employee:" + name).getBytes()).toString();
    }

    void seed() {
        String hr = token("demo-hr", "HR");
        for (List<String> person : PEOPLE) {
            Map<String, Object> registration = new java.util.HashMap<>();
            registration.put("employeeId", idOf(person.get(0)));
            registration.put("fullName", person.get(0));
            registration.put("email", person.get(1));
            registration.put("managerId", person.get(2).isEmpty() ? null : idOf(person.get(2)));
            registration.put("level", Integer.parseInt(person.get(3)));
            registration.put("hireDate", person.get(4));
            commandService.post().uri("/api/employees").headers(h -> h.setBearerAuth(hr))
                    .contentType(MediaType.APPLICATION_JSON).body(registration).retrieve().toBodilessEntity();
        }
    }

    private String token(String subject, String role) {
        Map<?, ?> response = commandService.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("subject", subject, "roles", List.of(role))).retrieve().body(Map.class);
        return (String) response.get("token");
    }
}
