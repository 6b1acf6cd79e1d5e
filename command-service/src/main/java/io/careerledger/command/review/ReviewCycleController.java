package io.careerledger.command.review;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import io.careerledger.command.security.CommandContext;
import io.careerledger.command.web.CommandSender;
import io.careerledger.events.Limits;
import io.careerledger.events.ReviewPhase;
import io.careerledger.events.ReviewPopulation;

/** Review cycles (HR): open one with its population and deadlines, move it through its phases, close it. */
@RestController
@RequestMapping(path = "/api/review-cycles", produces = MediaType.APPLICATION_JSON_VALUE)
class ReviewCycleController {

    private final CommandSender commands;

    ReviewCycleController(CommandSender commands) {
        this.commands = commands;
    }

    @Schema(example = """
            {"cycleId": "4e2b9c1d-5a6f-4b7c-8d9e-0f1a2b3c4d5e", "name": "2026 mid-year review", "frameworkId": "three-track",
             "population": {"everyone": false, "managerIds": ["82c33c99-7e02-3593-9f58-67e92d13bbce"], "teams": ["Payments"]},
             "selfAssessmentDeadline": "2026-06-15", "managerAssessmentDeadline": "2026-06-30", "calibrationDeadline": "2026-07-15"}""")
    record OpenRequest(
            @NotNull UUID cycleId,
            @NotBlank @Size(max = Limits.NAME) String name,
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String frameworkId,
            @Schema(description = "everyone, or the reports of the listed managers and the listed teams") @Valid @NotNull Population population,
            @NotNull LocalDate selfAssessmentDeadline,
            @NotNull LocalDate managerAssessmentDeadline,
            @NotNull LocalDate calibrationDeadline) {
    }

    record Population(boolean everyone, @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.ID) String> managerIds,
                      @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.NAME) String> teams) {
    }

    record Opened(String cycleId) {
    }

    @Operation(summary = "Open a review cycle (HR) in its self-assessment phase; each phase's deadline raises an event when it passes. "
            + "The client chooses the id; re-sending the same cycle is harmless.")
    @ApiResponse(responseCode = "201", description = "Opened; `Location` is the cycle's URI.")
    @PostMapping
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Opened> open(@Valid @RequestBody OpenRequest request) {
        String cycleId = request.cycleId().toString();
        CommandSender.Sent sent = commands.send(new OpenReviewCycle(cycleId, request.name().strip(), request.frameworkId(),
                new ReviewPopulation(request.population().everyone(), request.population().managerIds(), request.population().teams()),
                request.selfAssessmentDeadline(), request.managerAssessmentDeadline(), request.calibrationDeadline()),
                CommandContext.NONE);
        return ResponseEntity.created(URI.create("/api/review-cycles/" + cycleId)).eTag(sent.etag()).body(new Opened(cycleId));
    }

    @Schema(example = """
            {"phase": "MANAGER_ASSESSMENT"}""")
    record PhaseRequest(@NotNull ReviewPhase phase) {
    }

    @Operation(summary = "Move a cycle on to its next phase (HR): self-assessment, manager assessment, calibration.")
    @PostMapping("/{cycleId}/phase")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> startPhase(@PathVariable UUID cycleId, @Valid @RequestBody PhaseRequest request,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return commands.send(new StartReviewPhase(cycleId.toString(), request.phase()), CommandContext.NONE, ifMatch).noContent();
    }

    @Operation(summary = "Close a cycle after calibration (HR): no assessment goes into it any more.")
    @PostMapping("/{cycleId}/closure")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> close(@PathVariable UUID cycleId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return commands.send(new CloseReviewCycle(cycleId.toString()), CommandContext.NONE, ifMatch).noContent();
    }
}
