package io.careerledger.command.promotion;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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

import io.careerledger.command.security.CommandContext;
import io.careerledger.command.web.CommandSender;
import io.careerledger.events.FeedbackStance;
import io.careerledger.events.Limits;
import io.careerledger.events.PromotionDecision;

/**
 * Promotion cases: the line manager or HR nominates, the nominator, the person or HR attach evidence,
 * council members give their stance, the council or HR decide once enough of them have. An approved
 * case is applied to the person's career by {@link PromotionSaga}. Reads are the query-service's.
 */
@RestController
@RequestMapping(path = "/api/promotion-cases", produces = MediaType.APPLICATION_JSON_VALUE)
class PromotionController {

    private final CommandSender commands;
    private final PromotionProperties properties;

    PromotionController(CommandSender commands, PromotionProperties properties) {
        this.commands = commands;
        this.properties = properties;
    }

    @Schema(example = """
            {"caseId": "7c1e5a2d-3b4f-4e6a-9c8d-1f2e3a4b5c6d", "employeeId": "5b0c3c52-8f5e-4a53-9d0c-2f0c5b7f1e01",
             "targetLevel": 4, "justification": "Leads the platform's design reviews and mentors two engineers"}""")
    record NominationRequest(
            @NotNull UUID caseId,
            @NotNull UUID employeeId,
            @NotNull @Min(1) Integer targetLevel,
            @NotBlank @Size(max = Limits.TEXT) String justification,
            @Schema(description = "required when the target skips a level") @Size(max = Limits.REASON) String skipReason) {
    }

    record Nominated(String caseId) {
    }

    @Operation(summary = "Nominate a person for a level of their track (their line manager or HR). The case keeps a readiness "
            + "snapshot: the level's expectations and milestones against their latest ratings, goals and verified milestones. "
            + "The client chooses the case id; re-sending the same nomination is harmless.")
    @ApiResponse(responseCode = "201", description = "Nominated; `Location` is the case's URI.")
    @PostMapping
    @PreAuthorize("hasAnyRole('MANAGER', 'HR')")
    ResponseEntity<Nominated> nominate(@Valid @RequestBody NominationRequest request) {
        String caseId = request.caseId().toString();
        CommandSender.Sent sent = commands.send(new NominateForPromotion(caseId, request.employeeId().toString(),
                request.targetLevel(), request.justification(), request.skipReason()), CommandContext.NONE);
        return ResponseEntity.created(URI.create("/api/promotion-cases/" + caseId)).eTag(sent.etag()).body(new Nominated(caseId));
    }

    @Schema(name = "PromotionEvidenceRequest", example = """
            {"evidenceId": "c7f3e4a5-3333-4c4d-8e5f-2a3b4c5d6e7f", "description": "Architecture decision record for the ledger split",
             "link": "https://wiki.example.org/adr/42"}""")
    record EvidenceRequest(@NotNull UUID evidenceId, @NotBlank @Size(max = Limits.TEXT) String description,
                           @Size(max = Limits.REASON) String link) {
    }

    @Operation(summary = "Attach evidence to an open case (the nominator, the person nominated or HR).")
    @PostMapping("/{caseId}/evidence")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> attachEvidence(@PathVariable UUID caseId, @Valid @RequestBody EvidenceRequest request,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return commands.send(new AttachPromotionEvidence(caseId.toString(), request.evidenceId().toString(),
                request.description(), request.link()), CommandContext.NONE, ifMatch).noContent();
    }

    @Schema(example = """
            {"stance": "SUPPORT", "comment": "Consistently operates at level 4 in design reviews"}""")
    record FeedbackRequest(@NotNull FeedbackStance stance, @Size(max = Limits.TEXT) String comment) {
    }

    @Operation(summary = "Give calibration feedback on an open case (council): one current stance per member, a change replaces it.")
    @PostMapping("/{caseId}/feedback")
    @PreAuthorize("hasRole('COUNCIL')")
    ResponseEntity<Void> giveFeedback(@PathVariable UUID caseId, @Valid @RequestBody FeedbackRequest request,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return commands.send(new GivePromotionFeedback(caseId.toString(), request.stance(), request.comment()),
                CommandContext.NONE, ifMatch).noContent();
    }

    @Schema(example = """
            {"decision": "APPROVE", "rationale": "Expectations met; milestone verified; council supports",
             "effectiveDate": "2026-04-01"}""")
    record DecisionRequest(@NotNull PromotionDecision decision, @NotBlank @Size(max = Limits.TEXT) String rationale,
                           @Schema(description = "when an approval takes effect; the day of the decision when absent")
                           LocalDate effectiveDate) {
    }

    @Operation(summary = "Decide a case (council or HR, never its nominator), once the configured quorum of council feedback "
            + "is in (careerledger.promotions.feedback-quorum). An approval is applied to the person's career.")
    @PostMapping("/{caseId}/decision")
    @PreAuthorize("hasAnyRole('COUNCIL', 'HR')")
    ResponseEntity<Void> decide(@PathVariable UUID caseId, @Valid @RequestBody DecisionRequest request,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return commands.send(new DecidePromotion(caseId.toString(), request.decision(), request.rationale(),
                request.effectiveDate(), properties.feedbackQuorum()), CommandContext.NONE, ifMatch).noContent();
    }

    @Schema(example = """
            {"reason": "Nominated again in the next review cycle"}""")
    record WithdrawalRequest(@NotBlank @Size(max = Limits.REASON) String reason) {
    }

    @Operation(summary = "Withdraw a case before it is decided (its nominator or HR).")
    @PostMapping("/{caseId}/withdrawal")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> withdraw(@PathVariable UUID caseId, @Valid @RequestBody WithdrawalRequest request,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return commands.send(new WithdrawPromotion(caseId.toString(), request.reason()),
                CommandContext.NONE, ifMatch).noContent();
    }
}
