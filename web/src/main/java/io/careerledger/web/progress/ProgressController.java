package io.careerledger.web.progress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.careerledger.web.api.CareerLedgerApi;
import io.careerledger.web.career.Assessment;
import io.careerledger.web.career.Careers;
import io.careerledger.web.conversation.Conversations;
import io.careerledger.web.layout.Actions;
import io.careerledger.web.signin.CurrentUser;

/**
 * My progress: the signed-in employee's own career, and what they do about it — assess themself, set
 * and move their goals, choose or switch track with their manager's agreement, acknowledge a
 * conversation. Each action's form fields carry the command-service's names, so a refusal's
 * {@code errors[].field} lands beside the field it is about.
 */
@Controller
@RequestMapping("/progress")
@PreAuthorize("hasRole('EMPLOYEE')")
class ProgressController {

    private static final String PAGE = "redirect:/progress";

    private final Careers careers;
    private final Conversations conversations;
    private final CareerLedgerApi api;
    private final CurrentUser currentUser;
    private final Actions actions;

    ProgressController(Careers careers, Conversations conversations, CareerLedgerApi api, CurrentUser currentUser, Actions actions) {
        this.careers = careers;
        this.conversations = conversations;
        this.api = api;
        this.currentUser = currentUser;
        this.actions = actions;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("career", careers.of(me()));
        return "progress/page";
    }

    @PostMapping("/assessments")
    String selfAssess(@RequestParam String competencyId, @RequestParam(required = false) Integer proficiency,
                      @RequestParam(defaultValue = "") String evidence, Model model, RedirectAttributes flash, HttpServletResponse response) {
        Assessment assessment = Assessment.of("SELF", competencyId, proficiency, evidence, null);
        return act("self-assess", () -> api.asSignedIn().send(assessment, "/api/employees/{id}/assessments", me()),
                () -> careers.dashboard(me()).competency(competencyId).map(row -> proficiency.equals(row.self())).orElse(false),
                "Your self-assessment is recorded.", model, flash, response);
    }

    @PostMapping("/goals")
    String setGoal(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String measure,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate, @RequestParam(defaultValue = "") String competencyId,
                   Model model, RedirectAttributes flash, HttpServletResponse response) {
        String goalId = UUID.randomUUID().toString();
        Map<String, Object> goal = new HashMap<>();
        goal.put("goalId", goalId);
        goal.put("title", title.strip());
        goal.put("measure", blankToNull(measure));
        goal.put("dueDate", dueDate);
        goal.put("competencyId", blankToNull(competencyId));
        return act("set-goal", () -> api.asSignedIn().send(goal, "/api/employees/{id}/goals", me()),
                () -> careers.dashboard(me()).goal(goalId).isPresent(), "Goal set: " + title.strip() + ".", model, flash, response);
    }

    @PostMapping("/goals/{goalId}/progress")
    String progressGoal(@PathVariable String goalId, @RequestParam(required = false) Integer percentComplete,
                        @RequestParam(defaultValue = "") String note, Model model, RedirectAttributes flash, HttpServletResponse response) {
        Map<String, Object> progress = new HashMap<>();
        progress.put("percentComplete", percentComplete);
        progress.put("note", blankToNull(note));
        return act("progress-" + goalId, () -> api.asSignedIn().send(progress, "/api/employees/{id}/goals/{goal}/progress", me(), goalId),
                () -> careers.dashboard(me()).goal(goalId).map(goal -> goal.percentComplete() == percentComplete).orElse(false),
                "Progress recorded: " + percentComplete + "%.", model, flash, response);
    }

    @PostMapping("/goals/{goalId}/completion")
    String completeGoal(@PathVariable String goalId, @RequestParam(defaultValue = "") String evidence,
                        Model model, RedirectAttributes flash, HttpServletResponse response) {
        Map<String, Object> completion = Map.of("evidence", evidence.isBlank() ? List.of() : List.of(evidence.strip()));
        return act("complete-" + goalId, () -> api.asSignedIn().send(completion, "/api/employees/{id}/goals/{goal}/completion", me(), goalId),
                () -> careers.dashboard(me()).goal(goalId).map(goal -> "COMPLETED".equals(goal.status())).orElse(false),
                "Goal completed.", model, flash, response);
    }

    @PostMapping("/goals/{goalId}/abandonment")
    String abandonGoal(@PathVariable String goalId, @RequestParam(defaultValue = "") String reason,
                       Model model, RedirectAttributes flash, HttpServletResponse response) {
        return act("abandon-" + goalId, () -> api.asSignedIn().send(Map.of("reason", reason.strip()),
                        "/api/employees/{id}/goals/{goal}/abandonment", me(), goalId),
                () -> careers.dashboard(me()).goal(goalId).map(goal -> "ABANDONED".equals(goal.status())).orElse(false),
                "Goal abandoned.", model, flash, response);
    }

    /** The person sends it; ticking the agreement names their line manager as the one who agreed, as the API requires. */
    @PostMapping("/track")
    String chooseTrack(@RequestParam(defaultValue = "") String trackId, @RequestParam(defaultValue = "") String reason,
                       @RequestParam(defaultValue = "false") boolean managerAgreed, Model model, RedirectAttributes flash,
                       HttpServletResponse response) {
        String manager = careers.dashboard(me()).managerId();
        Map<String, Object> choice = new HashMap<>();
        choice.put("trackId", trackId);
        choice.put("reason", reason.strip());
        choice.put("agreedBy", managerAgreed ? manager : null);
        return act("choose-track", () -> api.asSignedIn().send(choice, "/api/employees/{id}/track", me()),
                () -> trackId.equals(careers.dashboard(me()).trackId()), "Your track is now " + trackId + ".", model, flash, response);
    }

    @PostMapping("/conversations/{conversationId}/acknowledgement")
    String acknowledge(@PathVariable String conversationId, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return act("acknowledge-" + conversationId,
                () -> api.asSignedIn().send(Map.of(), "/api/conversations/{id}/acknowledgement", conversationId),
                () -> conversations.one(conversationId).acknowledged(), "Conversation acknowledged.", model, flash, response);
    }

    private String act(String form, Runnable command, BooleanSupplier visible, String done, Model model,
                       RedirectAttributes flash, HttpServletResponse response) {
        return actions.perform(form, command, visible, done, model, flash, response) ? PAGE : page(model);
    }

    private String me() {
        return currentUser.get().subject();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
