package io.careerledger.web.promotion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

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
import io.careerledger.web.signin.CurrentUser;
import io.careerledger.web.signin.SignedIn;

/**
 * A promotion case for the council, HR and its nominator: readiness snapshot, evidence, stances with
 * their history, the decision, the trail as a timeline and the career just before and after the
 * decision; evidence, feedback, decision and withdrawal. The services decide who may do what: a form
 * shown to someone they refuse comes back with their words.
 */
@Controller
@RequestMapping("/promotion-cases")
class PromotionCaseController {

    private static final ParameterizedTypeReference<Page<PromotionCase>> CASES = new ParameterizedTypeReference<>() {
    };

    private final CareerLedgerApi api;
    private final CurrentUser currentUser;
    private final People people;
    private final Actions actions;

    PromotionCaseController(CareerLedgerApi api, CurrentUser currentUser, People people, Actions actions) {
        this.api = api;
        this.currentUser = currentUser;
        this.people = people;
        this.actions = actions;
    }

    /** HR and the council see every case; a manager their reports' cases; anyone their own. */
    @GetMapping
    String list(@RequestParam(required = false) String status, Model model) {
        SignedIn me = currentUser.get();
        List<PromotionCase> cases = new ArrayList<>();
        if (me.hr() || me.council()) {
            cases.addAll(api.asSignedIn().read(CASES, status == null || status.isBlank()
                    ? "/api/promotion-cases?size=100" : "/api/promotion-cases?size=100&status={status}", status).content());
        } else {
            List<String> whose = new ArrayList<>();
            if (me.manager()) {
                people.reportsOf(me.subject()).forEach(report -> whose.add(report.employeeId()));
            }
            if (me.employee()) {
                whose.add(me.subject());
            }
            whose.forEach(employeeId -> cases.addAll(api.asSignedIn()
                    .read(CASES, "/api/employees/{employeeId}/promotion-cases?size=50", employeeId).content()));
            cases.removeIf(found -> status != null && !status.isBlank() && !found.status().equals(status));
            cases.sort(Comparator.comparing(PromotionCase::nominatedAt).reversed());
        }
        model.addAttribute("cases", cases);
        model.addAttribute("status", status);
        model.addAttribute("names", people.namesFor(me));
        return "promotion/cases";
    }

    @GetMapping("/{caseId}")
    String show(@PathVariable String caseId, Model model) {
        return page(caseId, model);
    }

    @PostMapping("/{caseId}/evidence")
    String attachEvidence(@PathVariable String caseId, @RequestParam(defaultValue = "") String description,
                          @RequestParam(defaultValue = "") String link, Model model, RedirectAttributes flash,
                          HttpServletResponse response) {
        String evidenceId = UUID.randomUUID().toString();
        Map<String, Object> body = new HashMap<>(Map.of("evidenceId", evidenceId, "description", description));
        if (!link.isBlank()) {
            body.put("link", link.strip());
        }
        return act(caseId, "evidence", () -> api.asSignedIn().send(body, "/api/promotion-cases/{caseId}/evidence", caseId),
                found -> found.hasEvidence(evidenceId), "Evidence attached.", model, flash, response);
    }

    @PostMapping("/{caseId}/feedback")
    String giveFeedback(@PathVariable String caseId, @RequestParam(defaultValue = "") String stance,
                        @RequestParam(defaultValue = "") String comment, Model model, RedirectAttributes flash,
                        HttpServletResponse response) {
        String me = currentUser.get().subject();
        Map<String, Object> body = new HashMap<>();
        body.put("stance", stance.isBlank() ? null : stance);
        body.put("comment", comment.isBlank() ? null : comment);
        return act(caseId, "feedback", () -> api.asSignedIn().send(body, "/api/promotion-cases/{caseId}/feedback", caseId),
                found -> found.holds(me, stance, (String) body.get("comment")), "Your stance is recorded.", model, flash, response);
    }

    @PostMapping("/{caseId}/decision")
    String decide(@PathVariable String caseId, @RequestParam(defaultValue = "") String decision,
                  @RequestParam(defaultValue = "") String rationale, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
                  Model model, RedirectAttributes flash, HttpServletResponse response) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision.isBlank() ? null : decision);
        body.put("rationale", rationale);
        body.put("effectiveDate", effectiveDate);
        return act(caseId, "decision", () -> api.asSignedIn().send(body, "/api/promotion-cases/{caseId}/decision", caseId),
                found -> !found.open(), "The case is decided.", model, flash, response);
    }

    @PostMapping("/{caseId}/withdrawal")
    String withdraw(@PathVariable String caseId, @RequestParam(defaultValue = "") String reason, Model model,
                    RedirectAttributes flash, HttpServletResponse response) {
        return act(caseId, "withdrawal", () -> api.asSignedIn().send(Map.of("reason", reason), "/api/promotion-cases/{caseId}/withdrawal", caseId),
                found -> "WITHDRAWN".equals(found.status()), "The case is withdrawn.", model, flash, response);
    }

    private String act(String caseId, String form, Runnable command, Predicate<PromotionCase> visible,
                       String done, Model model, RedirectAttributes flash, HttpServletResponse response) {
        if (actions.perform(form, command, () -> visible.test(promotionCase(caseId)), done, model, flash, response)) {
            return "redirect:/promotion-cases/" + caseId;
        }
        return page(caseId, model);
    }

    private PromotionCase promotionCase(String caseId) {
        return api.asSignedIn().read(PromotionCase.class, "/api/promotion-cases/{caseId}", caseId);
    }

    private String page(String caseId, Model model) {
        SignedIn me = currentUser.get();
        PromotionCase found = promotionCase(caseId);
        PromotionTrail trail = null;
        if (me.hr() || me.council()) {
            trail = api.asSignedIn().read(PromotionTrail.class, "/api/promotion-cases/{caseId}/trail", caseId);
        }
        model.addAttribute("promotionCase", found);
        model.addAttribute("trail", trail);
        model.addAttribute("names", people.namesFor(me));
        model.addAttribute("nominator", me.subject().equals(found.nominatedBy()));
        model.addAttribute("itsPerson", me.subject().equals(found.employeeId()));
        if (found.decidedAt() != null) {
            Instant after = trail == null ? found.decidedAt() : trail.settledAt().orElse(found.decidedAt());
            model.addAttribute("before", asOf(found.employeeId(), found.decidedAt().minusMillis(1), model));
            model.addAttribute("after", asOf(found.employeeId(), after, model));
        }
        return "promotion/case";
    }

    /** The career at an instant, or why the reader may not see it (the council reads cases, not careers). */
    private CareerAsOf asOf(String employeeId, Instant at, Model model) {
        try {
            return api.asSignedIn().read(CareerAsOf.class, "/api/employees/{employeeId}/as-of/{instant}", employeeId, at.toString());
        } catch (ApiRefusal refusal) {
            model.addAttribute("asOfRefusal", refusal.forbidden()
                    ? "The person's career is for HR and their manager to see; the council sees the case." : refusal.detail());
            return null;
        }
    }
}
