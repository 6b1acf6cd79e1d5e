package io.careerledger.web.hr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.careerledger.web.api.ApiRefusal;
import io.careerledger.web.api.CareerLedgerApi;
import io.careerledger.web.api.Page;
import io.careerledger.web.layout.Actions;
import io.careerledger.web.people.People;

/** HR's review cycles: open one for everyone or some managers' reports, move it through its phases, close it. */
@Controller
@RequestMapping("/hr/review-cycles")
class ReviewCycleController {

    static final List<String> PHASES = List.of("SELF_ASSESSMENT", "MANAGER_ASSESSMENT", "CALIBRATION");

    private static final ParameterizedTypeReference<Page<ReviewCycle>> CYCLES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<Analytics.ReviewCycleCompletion>> COMPLETION =
            new ParameterizedTypeReference<>() {
            };
    private static final ParameterizedTypeReference<List<Framework>> FRAMEWORKS = new ParameterizedTypeReference<>() {
    };

    private final CareerLedgerApi api;
    private final People people;
    private final Actions actions;

    ReviewCycleController(CareerLedgerApi api, People people, Actions actions) {
        this.api = api;
        this.people = people;
        this.actions = actions;
    }

    record ReviewCycle(String cycleId, String name, String frameworkId, String phase, boolean closed, Population population,
                       LocalDate selfAssessmentDeadline, LocalDate managerAssessmentDeadline, LocalDate calibrationDeadline,
                       String openedBy, Instant openedAt, String closedBy, Instant closedAt) {

        /** The phase after this one, if there is one: then the cycle can only be closed. */
        public String nextPhase() {
            int at = PHASES.indexOf(phase);
            return at >= 0 && at + 1 < PHASES.size() ? PHASES.get(at + 1) : null;
        }
    }

    record Population(boolean everyone, List<String> managerIds, List<String> teams) {
    }

    record Framework(String frameworkId, String name) {
    }

    @GetMapping
    String cycles(Model model) {
        return page(model);
    }

    @PostMapping
    String open(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String frameworkId,
                @RequestParam(defaultValue = "everyone") String population, @RequestParam(required = false) List<String> managerIds,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate selfAssessmentDeadline,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate managerAssessmentDeadline,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate calibrationDeadline,
                Model model, RedirectAttributes flash, HttpServletResponse response) {
        String cycleId = UUID.randomUUID().toString();
        boolean everyone = population.equals("everyone");
        Map<String, Object> body = new HashMap<>();
        body.put("cycleId", cycleId);
        body.put("name", name);
        body.put("frameworkId", frameworkId);
        body.put("population", Map.of("everyone", everyone, "managerIds", everyone || managerIds == null ? List.of() : managerIds,
                "teams", List.of()));
        body.put("selfAssessmentDeadline", selfAssessmentDeadline);
        body.put("managerAssessmentDeadline", managerAssessmentDeadline);
        body.put("calibrationDeadline", calibrationDeadline);
        return act("open", () -> api.asSignedIn().send(body, "/api/review-cycles"), () -> cycle(cycleId) != null,
                "Review cycle " + name.strip() + " is open.", model, flash, response);
    }

    @PostMapping("/{cycleId}/phase")
    String movePhase(@PathVariable String cycleId, @RequestParam(defaultValue = "") String phase, Model model,
                     RedirectAttributes flash, HttpServletResponse response) {
        model.addAttribute("refusedCycle", cycleId);
        return act("phase", () -> api.asSignedIn().send(Map.of("phase", phase), "/api/review-cycles/{cycleId}/phase", cycleId),
                () -> phase.equals(Objects.requireNonNull(cycle(cycleId)).phase()),
                "The cycle moved on to " + phase.toLowerCase().replace('_', ' ') + ".", model, flash, response);
    }

    @PostMapping("/{cycleId}/closure")
    String close(@PathVariable String cycleId, Model model, RedirectAttributes flash, HttpServletResponse response) {
        model.addAttribute("refusedCycle", cycleId);
        return act("close", () -> api.asSignedIn().send(Map.of(), "/api/review-cycles/{cycleId}/closure", cycleId),
                () -> Objects.requireNonNull(cycle(cycleId)).closed(), "The cycle is closed.", model, flash, response);
    }

    private String act(String form, Runnable command, BooleanSupplier visible, String done, Model model,
                       RedirectAttributes flash, HttpServletResponse response) {
        if (actions.perform(form, command, visible, done, model, flash, response)) {
            return "redirect:/hr/review-cycles";
        }
        return page(model);
    }

    private ReviewCycle cycle(String cycleId) {
        try {
            return api.asSignedIn().read(ReviewCycle.class, "/api/review-cycles/{cycleId}", cycleId);
        } catch (ApiRefusal notYet) {
            if (notYet.notFound()) {
                return null;
            }
            throw notYet;
        }
    }

    private String page(Model model) {
        var calls = api.asSignedIn();
        model.addAttribute("cycles", calls.read(CYCLES, "/api/review-cycles?size=50").content());
        model.addAttribute("completion", calls.read(COMPLETION, "/api/analytics/review-cycle-completion?size=50").content().stream()
                .collect(Collectors.toMap(Analytics.ReviewCycleCompletion::cycleId, Function.identity())));
        model.addAttribute("frameworks", calls.read(FRAMEWORKS, "/api/frameworks"));
        List<People.Person> everyone = people.everyone();
        model.addAttribute("managers", everyone.stream()
                .filter(person -> everyone.stream().anyMatch(other -> person.employeeId().equals(other.managerId()))).toList());
        model.addAttribute("names", everyone.stream().collect(Collectors.toMap(People.Person::employeeId, People.Person::fullName)));
        return "hr/review-cycles";
    }
}
