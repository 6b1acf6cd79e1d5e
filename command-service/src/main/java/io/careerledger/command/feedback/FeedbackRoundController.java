package io.careerledger.command.feedback;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.careerledger.command.security.CommandContext;
import io.careerledger.command.web.CommandSender;
import io.careerledger.events.FeedbackInvitee;
import io.careerledger.events.FeedbackRating;
import io.careerledger.events.FeedbackRelation;
import io.careerledger.events.Limits;

/**
 * Anonymous 360° feedback rounds: open (the line manager or HR), answer (the invited), close, and
 * HR's audited reveal of one answer's author. Reads, with what each reader may see, are the query-service's.
 */
@RestController
@RequestMapping(path = "/api/feedback-rounds", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('EMPLOYEE', 'MANAGER', 'HR')")
class FeedbackRoundController {

    private static final String COMPETENCY_ID = "[a-z0-9][a-z0-9-]{0,62}";

    private final CommandSender commands;

    FeedbackRoundController(CommandSender commands) {
        this.commands = commands;
    }

    record FeedbackInviteeRequest(@NotNull UUID personId, @NotNull FeedbackRelation relation) {
    }

    @Schema(example = """
            {"roundId": "5c2e8a1f-3b7d-4e9a-8f10-2a3b4c5d6e7f", "employeeId": "213d9fab-41dd-396b-8399-8f7f18091e2c",
             "competencyIds": ["collaboration", "technical-depth"],
             "invitees": [{"personId": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "relation": "PEER"},
                          {"personId": "8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e", "relation": "PEER"},
                          {"personId": "9c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f", "relation": "DIRECT_REPORT"}]}""")
    record FeedbackRoundRequest(
            @NotNull UUID roundId,
            @Schema(description = "the person the feedback is about")
            @NotNull UUID employeeId,
            @Schema(description = "the competencies to rate, as the person's framework names them")
            @NotEmpty @Size(max = Limits.ITEMS) List<@NotNull @Pattern(regexp = COMPETENCY_ID) String> competencyIds,
            @Schema(description = "peers, and direct reports for upward feedback; at least the configured minimum of answers (3)")
            @NotEmpty @Size(max = Limits.ITEMS) List<@NotNull @Valid FeedbackInviteeRequest> invitees) {
    }

    record OpenedRound(String roundId) {
    }

    @Operation(summary = "Open an anonymous feedback round about an employee: their line manager or HR. The client chooses"
            + " the id; re-sending the same round is harmless.")
    @ApiResponse(responseCode = "201", description = "OpenedRound; `Location` is the round's URI on the query API.")
    @PostMapping
    ResponseEntity<OpenedRound> open(@Valid @RequestBody FeedbackRoundRequest request) {
        OpenFeedbackRound command = new OpenFeedbackRound(request.roundId().toString(), request.employeeId().toString(),
                request.competencyIds(), request.invitees().stream()
                        .map(invitee -> new FeedbackInvitee(invitee.personId().toString(), invitee.relation())).toList());
        CommandSender.Sent sent = commands.send(command, CommandContext.NONE);
        return ResponseEntity.created(URI.create("/api/feedback-rounds/" + command.roundId()))
                .eTag(sent.etag())
                .body(new OpenedRound(command.roundId()));
    }

    record FeedbackRatingRequest(@NotNull @Pattern(regexp = COMPETENCY_ID) String competencyId,
                  @Schema(description = "1 (well below what the level expects) to 5 (well above)")
                  @Min(FeedbackRating.LOWEST) @Max(FeedbackRating.HIGHEST) int rating) {
    }

    @Schema(example = """
            {"answerId": "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a",
             "ratings": [{"competencyId": "collaboration", "rating": 4}, {"competencyId": "technical-depth", "rating": 5}],
             "comment": "Explains trade-offs so that everyone can follow."}""")
    record FeedbackAnswerRequest(
            @NotNull UUID answerId,
            @NotEmpty @Size(max = Limits.ITEMS) List<@NotNull @Valid FeedbackRatingRequest> ratings,
            @Schema(description = "shown with the results, never with your name")
            @Size(max = Limits.TEXT) String comment) {
    }

    @Operation(summary = "Answer a round you are invited to, once. Your name is shown to no one; HR alone can have it revealed,"
            + " with a reason that is recorded.")
    @PostMapping("/{roundId}/answers")
    ResponseEntity<Void> answer(@PathVariable UUID roundId, @Valid @RequestBody FeedbackAnswerRequest request) {
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        return commands.send(new GiveFeedback(roundId.toString(), request.answerId().toString(), request.ratings().stream()
                .map(rating -> new FeedbackRating(rating.competencyId(), rating.rating())).toList(), comment), CommandContext.NONE)
                .noContent();
    }

    @Operation(summary = "Close a round: the one who opened it or HR. Closing again changes nothing.")
    @PostMapping("/{roundId}/closure")
    ResponseEntity<Void> close(@PathVariable UUID roundId) {
        return commands.send(new CloseFeedbackRound(roundId.toString()), CommandContext.NONE).noContent();
    }

    @Schema(example = """
            {"reason": "Harassment complaint HR-2026-014: the comment names a colleague."}""")
    record AuthorRevealRequest(@NotBlank @Size(max = Limits.REASON) String reason) {
    }

    @Operation(summary = "HR only: reveal who gave one answer, with a reason. Every reveal is recorded"
            + " (FeedbackAuthorRevealed, in the audit log); the query API then shows the author to HR.")
    @PostMapping("/{roundId}/answers/{answerId}/author-reveal")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> reveal(@PathVariable UUID roundId, @PathVariable UUID answerId, @Valid @RequestBody AuthorRevealRequest request) {
        String reason = request.reason().strip();
        return commands.send(new RevealFeedbackAuthor(roundId.toString(), answerId.toString(), reason),
                new CommandContext(null, null, reason)).noContent();
    }
}
