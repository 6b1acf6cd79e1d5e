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

    @GetMapping("/sign-in")
    String page(Model model) {
        model.addAttribute("people", people());
        model.addAttribute("roles", ROLES);
        return "signin/dev";
    }

    @PostMapping("/sign-in")
    String signIn(@RequestParam(defaultValue = "") String subject, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        List<Person> people = people();
        Optional<SignedIn> person = people.stream().filter(p -> p.employeeId().equals(subject)).findFirst()
                .map(p -> signedIn(p.employeeId(), p.fullName(),
                        people.stream().anyMatch(other -> subject.equals(other.managerId())) ? Set.of("EMPLOYEE", "MANAGER") : Set.of("EMPLOYEE")))
                .or(() -> ROLES.stream().filter(r -> r.subject().equals(subject)).findFirst()
                        .map(r -> signedIn(r.subject(), r.label(), Set.of(r.role()))));
        if (person.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("people", people);
            model.addAttribute("roles", ROLES);
            model.addAttribute("choiceError", "Choose a person or a role to sign in as.");
            return "signin/dev";
        }
        currentUser.signIn(person.get(), request, response);
        return "redirect:/";
    }

    private SignedIn signedIn(String subject, String name, Set<String> roles) {
        return new SignedIn(subject, name, roles, token(subject, roles));
    }

    /** Everyone in the organisation, read with an HR dev token: on the local stack only, like the tokens themselves. */
    private List<Person> people() {
        return api.withToken(token("demo-hr", Set.of("HR"))).read(PEOPLE, "/api/employees?size=200&sort=fullName,asc").content();
    }

    private String token(String subject, Set<String> roles) {
        return api.withToken(null).sendFor(Token.class, Map.of("subject", subject, "roles", roles), "/dev/tokens").token();
    }
}
