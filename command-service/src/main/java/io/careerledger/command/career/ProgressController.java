package io.careerledger.command.career;

import static io.careerledger.command.career.CareerStepController.listOrEmpty;
import static io.careerledger.command.career.CareerStepController.text;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.careerledger.command.web.CommandSender;
import io.careerledger.command.security.CommandContext;
import io.careerledger.events.AssessorRole;
import io.careerledger.events.Limits;

/**
 * How a person progresses: competency assessments (self, manager, peer, council) and their
 * calibration, goals, milestone evidence. Ids are the client's, so every request is safe to retry.
 */
@RestController
@RequestMapping(path = "/api/employees/{employeeId}", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('EMPLOYEE', 'MANAGER', 'HR', 'COUNCIL')")
class ProgressController {

    private final CommandSender sender;

    ProgressController(CommandSender sender) {
        this.sender = sender;
    }

    @Schema(example = """
            {"assessmentId": "a1c2e3f4-0000-4000-8000-000000000001", "competencyId": "craft", "assessorRole": "MANAGER",
             "proficiency": 4, "evidence": ["https://wiki.example.org/adr/42"], "comment": "Leads the design reviews"}""")
    record AssessmentRequest(@NotNull UUID assessmentId, @NotBlank @Size(max = Limits.ID) String competencyId,
                             @NotNull AssessorRole assessorRole, @NotNull Integer proficiency,
                             @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.REASON) String> evidence,
                             @Size(max = Limits.TEXT) String comment,
                             UUID reviewCycleId, UUID conversationId) {
    }

    @Operation(summary = "Assess a competency: SELF by the person, MANAGER by their line manager, PEER by a colleague, COUNCIL by a council member.")
    @PostMapping("/assessments")
    ResponseEntity<Accepted> assess(@PathVariable UUID employeeId, @Valid @RequestBody AssessmentRequest request,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String conversationId = text(request.conversationId());
        String reviewCycleId = text(request.reviewCycleId());
        return Accepted.of(employeeId.toString(), sender.send(new AssessCompetency(employeeId.toString(), request.assessmentId().toString(),
                request.competencyId(), request.assessorRole(), request.proficiency(), listOrEmpty(request.evidence()),
                request.comment(), reviewCycleId, conversationId), new CommandContext(conversationId, reviewCycleId, null), ifMatch));
    }

    @Schema(example = """
            {"proficiency": 3, "justification": "Aligned with peers at the same level"}""")
    record CalibrationRequest(@NotNull Integer proficiency, @NotBlank @Size(max = Limits.REASON) String justification) {
    }

    @Operation(summary = "Calibrate an assessment (council or HR); the original rating stays in the history.")
    @PostMapping("/assessments/{assessmentId}/calibration")
    @PreAuthorize("hasAnyRole('COUNCIL', 'HR')")
    ResponseEntity<Accepted> calibrate(@PathVariable UUID employeeId, @PathVariable UUID assessmentId,
                                       @Valid @RequestBody CalibrationRequest request,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Accepted.of(employeeId.toString(), sender.send(new CalibrateAssessment(employeeId.toString(), assessmentId.toString(),
                request.proficiency(), request.justification()), new CommandContext(null, null, request.justification()), ifMatch));
    }

    @Schema(example = """
            {"goalId": "9f8e7d6c-0000-4000-8000-000000000003", "title": "Run the architecture guild",
             "measure": "Six guild sessions held with minutes published", "dueDate": "2027-06-30", "competencyId": "knowledge-sharing"}""")
    record GoalRequest(@NotNull UUID goalId, @NotBlank @Size(max = Limits.NAME) String title, @Size(max = Limits.REASON) String measure,
                       LocalDate dueDate, @Size(max = Limits.ID) String competencyId, @Size(max = Limits.ID) String milestoneId,
                       UUID conversationId) {
    }

    @Operation(summary = "Set a goal with an observable measure and a due date (vague goals are refused with 422).")
    @PostMapping("/goals")
    ResponseEntity<Accepted> setGoal(@PathVariable UUID employeeId, @Valid @RequestBody GoalRequest request,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String conversationId = text(request.conversationId());
        return Accepted.of(employeeId.toString(), sender.send(new SetGoal(employeeId.toString(), request.goalId().toString(), request.title(),
                request.measure(), request.dueDate(), request.competencyId(), request.milestoneId(), conversationId),
                new CommandContext(conversationId, null, null), ifMatch));
    }

    @Schema(example = """
            {"percentComplete": 50, "note": "Three sessions held"}""")
    record ProgressRequest(@NotNull @Min(0) @Max(100) Integer percentComplete, @Size(max = Limits.REASON) String note) {
    }

    @Operation(summary = "Record how far a goal has come.")
    @PostMapping("/goals/{goalId}/progress")
    ResponseEntity<Accepted> recordProgress(@PathVariable UUID employeeId, @PathVariable UUID goalId,
                                            @Valid @RequestBody ProgressRequest request,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Accepted.of(employeeId.toString(), sender.send(new RecordGoalProgress(employeeId.toString(), goalId.toString(),
                request.percentComplete(), request.note()), CommandContext.NONE, ifMatch));
    }

    @Schema(example = """
            {"evidence": ["https://wiki.example.org/guild/minutes"]}""")
    record CompletionRequest(@NotEmpty @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.REASON) String> evidence) {
    }

    @Operation(summary = "Complete a goal with the evidence that it was met.")
    @PostMapping("/goals/{goalId}/completion")
    ResponseEntity<Accepted> completeGoal(@PathVariable UUID employeeId, @PathVariable UUID goalId,
                                          @Valid @RequestBody CompletionRequest request,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Accepted.of(employeeId.toString(), sender.send(new CompleteGoal(employeeId.toString(), goalId.toString(), request.evidence()),
                CommandContext.NONE, ifMatch));
    }

    @Schema(example = """
            {"reason": "The guild merged with the platform forum"}""")
    record AbandonmentRequest(@NotBlank @Size(max = Limits.REASON) String reason) {
    }

    @Operation(summary = "Abandon a goal, with the reason.")
    @PostMapping("/goals/{goalId}/abandonment")
    ResponseEntity<Accepted> abandonGoal(@PathVariable UUID employeeId, @PathVariable UUID goalId,
                                         @Valid @RequestBody AbandonmentRequest request,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Accepted.of(employeeId.toString(), sender.send(new AbandonGoal(employeeId.toString(), goalId.toString(), request.reason()),
                new CommandContext(null, null, request.reason()), ifMatch));
    }

    @Schema(name = "MilestoneEvidenceRequest", example = """
            {"evidence": "Three ADRs on the event store reviewed by peers"}""")
    record EvidenceRequest(@NotBlank @Size(max = Limits.TEXT) String evidence) {
    }

    @Operation(summary = "Record evidence towards a milestone of the person's framework.")
    @PostMapping("/milestones/{milestoneId}/evidence")
    ResponseEntity<Accepted> recordEvidence(@PathVariable UUID employeeId, @PathVariable String milestoneId,
                                            @Valid @RequestBody EvidenceRequest request,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Accepted.of(employeeId.toString(), sender.send(new RecordMilestoneEvidence(employeeId.toString(), milestoneId,
                request.evidence()), CommandContext.NONE, ifMatch));
    }

    @Operation(summary = "Verify a milestone's evidence (line manager or council).")
    @PostMapping("/milestones/{milestoneId}/verification")
    ResponseEntity<Accepted> verify(@PathVariable UUID employeeId, @PathVariable String milestoneId,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Accepted.of(employeeId.toString(), sender.send(new VerifyMilestone(employeeId.toString(), milestoneId),
                CommandContext.NONE, ifMatch));
    }
}
