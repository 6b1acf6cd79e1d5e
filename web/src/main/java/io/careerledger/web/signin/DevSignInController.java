package io.careerledger.web.signin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.careerledger.web.api.ApiRefusal;
import io.careerledger.web.api.CareerLedgerApi;
import io.careerledger.web.api.Page;

/**
 * Local sign-in ({@code careerledger.sign-in=dev}, the local profile): pick a person of the
 * organisation or a role; the command-service's {@code POST /dev/tokens} issues the token behind the
 * scenes. A person gets EMPLOYEE, and MANAGER when someone reports to them.
 */
@Controller
@ConditionalOnProperty(name = "careerledger.sign-in", havingValue = "dev")
class DevSignInController {

    /** Roles without a person behind them: the subjects the demo organisation's HR and council act as. */
    static final List<RoleChoice> ROLES = List.of(
            new RoleChoice("demo-hr", "HR", "HR"),
            new RoleChoice("demo-council-1", "COUNCIL", "Council member 1"),
            new RoleChoice("demo-council-2", "COUNCIL", "Council member 2"),
            new RoleChoice("demo-council-3", "COUNCIL", "Council member 3"));

    /** How many people the page lists at once; the rest are found by name. */
    private static final int SHOWN = 60;

    private static final ParameterizedTypeReference<Page<Person>> PEOPLE = new ParameterizedTypeReference<>() {
    };

    private final CareerLedgerApi api;
    private final CurrentUser currentUser;

    DevSignInController(CareerLedgerApi api, CurrentUser currentUser) {
        this.api = api;
        this.currentUser = currentUser;
    }

    record RoleChoice(String subject, String role, String label) {
    }

    record Person(String employeeId, String fullName, String managerId, String title, String trackId, Integer level) {
    }

    record Token(String token) {
    }

    /** The first people by name, or those whose name contains {@code name}: an organisation may be larger than one page. */
    @GetMapping("/sign-in")
    String page(@RequestParam(defaultValue = "") String name, Model model) {
        return choices(name, model);
    }

    @PostMapping("/sign-in")
    String signIn(@RequestParam(defaultValue = "") String subject, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        Optional<SignedIn> person = person(subject)
                .map(p -> signedIn(p.employeeId(), p.fullName(), managesAnyone(p.employeeId()) ? Set.of("EMPLOYEE", "MANAGER") : Set.of("EMPLOYEE")))
                .or(() -> ROLES.stream().filter(r -> r.subject().equals(subject)).findFirst()
                        .map(r -> signedIn(r.subject(), r.label(), Set.of(r.role()))));
        if (person.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("choiceError", "Choose a person or a role to sign in as.");
            return choices("", model);
        }
        currentUser.signIn(person.get(), request, response);
        return "redirect:/";
    }

    private String choices(String name, Model model) {
        model.addAttribute("name", name);
        model.addAttribute("people", people(name));
        model.addAttribute("roles", ROLES);
        return "signin/dev";
    }

    private SignedIn signedIn(String subject, String name, Set<String> roles) {
        return new SignedIn(subject, name, roles, token(subject, roles));
    }

    /** Read with an HR dev token: on the local stack only, like the tokens themselves. */
    private List<Person> people(String name) {
        return hr().read(PEOPLE, "/api/employees?size={size}&sort=fullName,asc&name={name}", SHOWN, name.strip()).content();
    }

    private Optional<Person> person(String subject) {
        if (subject.isBlank() || ROLES.stream().anyMatch(r -> r.subject().equals(subject))) {
            return Optional.empty();
        }
        try {
            return Optional.of(hr().read(Person.class, "/api/employees/{id}", subject));
        } catch (ApiRefusal unknown) {
            return Optional.empty();
        }
    }

    private boolean managesAnyone(String employeeId) {
        return !hr().read(PEOPLE, "/api/teams/{managerId}/dashboard?size=1", employeeId).content().isEmpty();
    }

    private CareerLedgerApi.Calls hr() {
        return api.withToken(token("demo-hr", Set.of("HR")));
    }

    private String token(String subject, Set<String> roles) {
        return api.withToken(null).sendFor(Token.class, Map.of("subject", subject, "roles", roles), "/dev/tokens").token();
    }
}
