package io.careerledger.web.team;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.careerledger.web.api.CareerLedgerApi;
import io.careerledger.web.api.Page;
import io.careerledger.web.career.Assessment;
import io.careerledger.web.career.Careers;
import io.careerledger.web.conversation.Conversations;
import io.careerledger.web.layout.Actions;
import io.careerledger.web.layout.LiveRelay;
import io.careerledger.web.signin.CurrentUser;

/**
 * My team: the signed-in manager's reports, kept current by the query-service's live stream for the
 * team, and each report's page with what a manager does — assess, schedule a conversation, record
 * notes and agreements, conclude, nominate for promotion.
 */
@Controller
@RequestMapping("/team")
@PreAuthorize("hasRole('MANAGER')")
class TeamController {

    /** What a manager schedules with a report (calibration meetings are HR's). */
    private static final List<String> CONVERSATION_KINDS = List.of("PERFORMANCE_CATCH_UP", "ONE_TO_ONE", "CAREER_PLANNING",
            "PERFORMANCE_REVIEW", "RETROSPECTIVE");

    private static final ParameterizedTypeReference<Page<TeamMember>> TEAM = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<ReviewCycle>> CYCLES = new ParameterizedTypeReference<>() {
    };

    private final CareerLedgerApi api;
    private final Careers careers;
    private final Conversations conversations;
    private final CurrentUser currentUser;
    private final Actions actions;
    private final LiveRelay live;

    TeamController(CareerLedgerApi api, Careers careers, Conversations conversations, CurrentUser currentUser, Actions actions,
                   LiveRelay live) {
        this.api = api;
        this.careers = careers;
        this.conversations = conversations;
        this.currentUser = currentUser;
        this.actions = actions;
        this.live = live;
    }

    @GetMapping
    String page(Model model) {
        rows(model);
        return "team/page";
    }

    /** The table alone: the page fetches it again on each live change. */
    @GetMapping("/rows")
    String rows(Model model) {
        List<TeamMember> team = api.asSignedIn().read(TEAM, "/api/teams/{id}/dashboard?size=100", me()).content();
        model.addAttribute("team", team);
        model.addAttribute("cycles", cyclesMissingIn(team));
        return "team/page :: rows";
    }

    @GetMapping(path = "/live", produces = "text/event-stream")
    SseEmitter live() {
        return live.relay("/api/teams/" + me() + "/live");
    }

    @GetMapping("/{employeeId}")
    String report(@PathVariable String employeeId, Model model) {
        model.addAttribute("career", careers.of(employeeId));
        model.addAttribute("conversationKinds", CONVERSATION_KINDS);
        model.addAttribute("openCycles", api.asSignedIn().read(CYCLES, "/api/review-cycles?size=50").content().stream()
                .filter(cycle -> !cycle.closed()).toList());
        return "team/report";
    }

    @PostMapping("/{employeeId}/assessments")
    String assess(@PathVariable String employeeId, @RequestParam String competencyId, @RequestParam(required = false) Integer proficiency,
                  @RequestParam(defaultValue = "") String evidence, @RequestParam(defaultValue = "") String reviewCycleId,
                  Model model, RedirectAttributes flash, HttpServletResponse response) {
        Assessment assessment = Assessment.of("MANAGER", competencyId, proficiency, evidence, reviewCycleId);
        return act(employeeId, "assess", () -> api.asSignedIn().send(assessment, "/api/employees/{id}/assessments", employeeId),
                () -> careers.dashboard(employeeId).competency(competencyId).map(row -> proficiency.equals(row.manager())).orElse(false),
                "Your assessment is recorded.", model, flash, response);
    }

    @PostMapping("/{employeeId}/conversations")
    String schedule(@PathVariable String employeeId, @RequestParam(defaultValue = "") String kind,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime scheduledFor, @RequestParam(defaultValue = "") String agenda,
                    Model model, RedirectAttributes flash, HttpServletResponse response) {
        String conversationId = UUID.randomUUID().toString();
        Map<String, Object> schedule = new HashMap<>();
        schedule.put("conversationId", conversationId);
        schedule.put("employeeId", employeeId);
        schedule.put("kind", blankToNull(kind));
        schedule.put("scheduledFor", scheduledFor == null ? null : scheduledFor.toInstant(ZoneOffset.UTC));
        schedule.put("agenda", blankToNull(agenda));
        return act(employeeId, "schedule", () -> api.asSignedIn().send(schedule, "/api/conversations"),
                () -> conversations.of(employeeId).stream().anyMatch(c -> c.conversationId().equals(conversationId)),
                "Conversation scheduled.", model, flash, response);
    }

    @PostMapping("/{employeeId}/conversations/{conversationId}/notes")
    String note(@PathVariable String employeeId, @PathVariable String conversationId, @RequestParam(defaultValue = "") String text,
                @RequestParam(defaultValue = "SHARED") String visibility, Model model, RedirectAttributes flash,
                HttpServletResponse response) {
        String noteId = UUID.randomUUID().toString();
        return act(employeeId, "note-" + conversationId, () -> api.asSignedIn().send(Map.of("noteId", noteId, "text", text,
                        "visibility", visibility), "/api/conversations/{id}/notes", conversationId),
                () -> conversations.one(conversationId).hasNote(noteId), "Note recorded.", model, flash, response);
    }

    @PostMapping("/{employeeId}/conversations/{conversationId}/agreements")
    String agreement(@PathVariable String employeeId, @PathVariable String conversationId,
                     @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String ownerId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate, Model model, RedirectAttributes flash,
                     HttpServletResponse response) {
        String agreementId = UUID.randomUUID().toString();
        Map<String, Object> agreement = new HashMap<>();
        agreement.put("agreementId", agreementId);
        agreement.put("description", description);
        agreement.put("ownerId", blankToNull(ownerId));
        agreement.put("dueDate", dueDate);
        return act(employeeId, "agreement-" + conversationId,
                () -> api.asSignedIn().send(agreement, "/api/conversations/{id}/agreements", conversationId),
                () -> conversations.one(conversationId).hasAgreement(agreementId), "Agreement recorded.", model, flash, response);
    }

    @PostMapping("/{employeeId}/conversations/{conversationId}/conclusion")
    String conclude(@PathVariable String employeeId, @PathVariable String conversationId, @RequestParam(defaultValue = "") String summary,
                    Model model, RedirectAttributes flash, HttpServletResponse response) {
        return act(employeeId, "conclude-" + conversationId,
                () -> api.asSignedIn().send(Map.of("summary", summary), "/api/conversations/{id}/conclusion", conversationId),
                () -> conversations.one(conversationId).concluded(), "Conversation concluded.", model, flash, response);
    }

    @PostMapping("/{employeeId}/nomination")
    String nominate(@PathVariable String employeeId, @RequestParam(required = false) Integer targetLevel,
                    @RequestParam(defaultValue = "") String justification, @RequestParam(defaultValue = "") String skipReason,
                    Model model, RedirectAttributes flash, HttpServletResponse response) {
        String caseId = UUID.randomUUID().toString();
        Map<String, Object> nomination = new HashMap<>();
        nomination.put("caseId", caseId);
        nomination.put("employeeId", employeeId);
        nomination.put("targetLevel", targetLevel);
        nomination.put("justification", justification);
        nomination.put("skipReason", blankToNull(skipReason));
        return act(employeeId, "nominate", () -> api.asSignedIn().send(nomination, "/api/promotion-cases"),
                () -> careers.promotionCases(employeeId).stream().anyMatch(c -> c.caseId().equals(caseId)),
                "Nominated for level " + targetLevel + ".", model, flash, response);
    }

    private String act(String employeeId, String form, Runnable command, BooleanSupplier visible, String done, Model model,
                       RedirectAttributes flash, HttpServletResponse response) {
        return actions.perform(form, command, visible, done, model, flash, response)
                ? "redirect:/team/" + employeeId : report(employeeId, model);
    }

    /** Each cycle an assessment is missing in, read by its id: named however many cycles were opened since. */
    private Map<String, ReviewCycle> cyclesMissingIn(List<TeamMember> team) {
        return team.stream().flatMap(member -> member.missingAssessments().stream()).map(TeamMember.MissingAssessment::reviewCycleId)
                .distinct().map(cycleId -> api.asSignedIn().read(ReviewCycle.class, "/api/review-cycles/{id}", cycleId))
                .collect(Collectors.toMap(ReviewCycle::cycleId, Function.identity()));
    }

    private String me() {
        return currentUser.get().subject();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
