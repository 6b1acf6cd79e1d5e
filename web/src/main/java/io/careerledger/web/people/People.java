package io.careerledger.web.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import io.careerledger.web.api.CareerLedgerApi;
import io.careerledger.web.api.Page;
import io.careerledger.web.signin.SignedIn;

/**
 * The people of the organisation the signed-in person may see named: HR everyone, a manager their
 * reports, anyone themself. Pages name people by this and show an id where the services don't let the
 * reader see the name.
 */
@Component
public class People {

    private static final ParameterizedTypeReference<Page<Person>> PEOPLE = new ParameterizedTypeReference<>() {
    };

    private final CareerLedgerApi api;

    People(CareerLedgerApi api) {
        this.api = api;
    }

    /** As the employee list and the team dashboard show a person. */
    public record Person(String employeeId, String fullName, String managerId, String trackId, Integer level) {
    }

    /** Everyone, by name (HR only): page after page, however large the organisation. */
    public List<Person> everyone() {
        List<Person> everyone = new ArrayList<>();
        Page<Person> page;
        int number = 0;
        do {
            page = api.asSignedIn().read(PEOPLE, "/api/employees?size=500&sort=fullName,asc&sort=employeeId,asc&page={page}", number++);
            everyone.addAll(page.content());
        } while (page.hasNext());
        return everyone;
    }

    /** A manager's direct reports. */
    public List<Person> reportsOf(String managerId) {
        return api.asSignedIn().read(PEOPLE, "/api/teams/{managerId}/dashboard?size=100", managerId).content();
    }

    /** Employee id → name, for whom the reader may see named. */
    public Map<String, String> namesFor(SignedIn me) {
        Map<String, String> names = new HashMap<>();
        names.put(me.subject(), me.name());
        List<Person> known = me.hr() ? everyone() : me.manager() ? reportsOf(me.subject()) : List.of();
        known.forEach(person -> names.put(person.employeeId(), person.fullName()));
        return names;
    }
}
