package io.careerledger.command.conversation;

import java.net.URI;
import java.time.Instant;
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
import io.careerledger.events.ConversationKind;
import io.careerledger.events.Limits;
import io.careerledger.events.NoteVisibility;

/**
 * Progression conversations: schedule, take notes, agree on actions, conclude, acknowledge, cancel.
 * The roles below only open the door; who may do what to which conversation (the line manager, the
 * participants, the employee) is the aggregate's rule. Every command carries the conversation id as
 * metadata, so each event says in which conversation it happened. Reads are the query-service's.
 */
@RestController
@RequestMapping(path = "/api/conversations", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('EMPLOYEE', 'MANAGER', 'HR')")
class ConversationController {

    private final CommandSender commands;

    ConversationController(CommandSender commands) {
        this.commands = commands;
    }

    @Schema(example = """
            {"conversationId": "6f1c2b9e-3d4a-4c55-9a61-0b7e8e2d4f10", "employeeId": "5b0c3c52-8f5e-4a53-9d0c-2f0c5b7f1e01",
             "kind": "CAREER_PLANNING", "participants": ["0a3e7f4c-1b2d-4e5f-8a9b-0c1d2e3f4a5b"],
             "scheduledFor": "2026-04-14T09:30:00Z", "reviewCycleId": "2026-h1",
             "agenda": "Expert or people-leader track from level 5?"}""")
    record ScheduleRequest(
            @NotNull UUID conversationId,
            @NotNull UUID employeeId,
            @NotNull ConversationKind kind,
            @Schema(description = "who takes part besides the employee and you (you both always do)")
            @Size(max = 20) List<@NotNull UUID> participants,
            @NotNull Instant scheduledFor,
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,62}") String reviewCycleId,
            @Size(max = Limits.TEXT) String agenda) {

        ScheduleConversation toCommand() {
            return new ScheduleConversation(conversationId.toString(), employeeId.toString(), kind,
                    participants == null ? List.of() : participants.stream().map(UUID::toString).toList(),
                    scheduledFor, reviewCycleId, agenda == null || agenda.isBlank() ? null : agenda.strip());
        }
    }

    record Scheduled(String conversationId) {
    }

    @Operation(summary = "Schedule a conversation with an employee: their line manager or HR; the employee themself for a"
            + " one-to-one or career planning. The client chooses the id; re-sending the same schedule is harmless.")
    @ApiResponse(responseCode = "201", description = "Scheduled; `Location` is the conversation's URI.")
    @PostMapping
    ResponseEntity<Scheduled> schedule(@Valid @RequestBody ScheduleRequest request) {
        ScheduleConversation command = request.toCommand();
        CommandSender.Sent sent = commands.send(command, new CommandContext(command.conversationId(), command.reviewCycleId(), null));
        return ResponseEntity.created(URI.create("/api/conversations/" + command.conversationId()))
                .eTag(sent.etag())
                .body(new Scheduled(command.conversationId()));
    }

    @Schema(example = """
            {"noteId": "0d5e1c7a-52f3-4b8e-9f0a-7c1d2e3f4a5b", "text": "Wants to stay hands-on; mentors two juniors already.",
             "visibility": "SHARED"}""")
    record NoteRequest(
            @NotNull UUID noteId,
            @NotBlank @Size(max = Limits.NOTE) String text,
            @Schema(description = "SHARED: everyone who may see the conversation; PRIVATE: you alone; HR_ONLY: HR alone")
            @NotNull NoteVisibility visibility,
            @Schema(description = "required once the conversation is concluded: why the note comes afterwards")
            @Size(max = Limits.REASON) String amendmentReason) {
    }

    @Operation(summary = "Record a note (participants or HR). After the conclusion only with an amendment reason.")
    @PostMapping("/{conversationId}/notes")
    ResponseEntity<Void> recordNote(@PathVariable UUID conversationId, @Valid @RequestBody NoteRequest request,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String reason = blankToNull(request.amendmentReason());
        return commands.send(new RecordConversationNote(conversationId.toString(), request.noteId().toString(),
                request.text().strip(), request.visibility(), reason), inConversation(conversationId, reason), ifMatch).noContent();
    }

    @Schema(example = """
            {"agreementId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "description": "Lead the architecture review of billing",
             "ownerId": "5b0c3c52-8f5e-4a53-9d0c-2f0c5b7f1e01", "dueDate": "2026-06-30"}""")
    record AgreementRequest(
            @NotNull UUID agreementId,
            @NotBlank @Size(max = Limits.REASON) String description,
            @Schema(description = "the participant who carries it out")
            @NotNull UUID ownerId,
            @Schema(description = "today or later")
            @NotNull LocalDate dueDate,
            @Schema(description = "required once the conversation is concluded: why the agreement comes afterwards")
            @Size(max = Limits.REASON) String amendmentReason) {
    }

    @Operation(summary = "Record an agreement or action item (participants): an owner among the participants and a due date"
            + " not in the past. After the conclusion only with an amendment reason.")
    @PostMapping("/{conversationId}/agreements")
    ResponseEntity<Void> recordAgreement(@PathVariable UUID conversationId, @Valid @RequestBody AgreementRequest request,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String reason = blankToNull(request.amendmentReason());
        return commands.send(new RecordConversationAgreement(conversationId.toString(), request.agreementId().toString(),
                request.description().strip(), request.ownerId().toString(), request.dueDate(), reason),
                inConversation(conversationId, reason), ifMatch).noContent();
    }

    @Schema(example = """
            {"summary": "Ada stays on the expert track and works towards the level 5 milestones this half."}""")
    record ConclusionRequest(@NotBlank @Size(max = Limits.NOTE) String summary) {
    }

    @Operation(summary = "Conclude with a summary (the line manager, the scheduler, or HR); once — the same summary again is harmless.")
    @PostMapping("/{conversationId}/conclusion")
    ResponseEntity<Void> conclude(@PathVariable UUID conversationId, @Valid @RequestBody ConclusionRequest request,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return commands.send(new ConcludeConversation(conversationId.toString(), request.summary().strip()),
                inConversation(conversationId, null), ifMatch).noContent();
    }

    @Operation(summary = "Acknowledge the concluded conversation (the employee it was with); acknowledging again is harmless.")
    @PostMapping("/{conversationId}/acknowledgement")
    @PreAuthorize("hasRole('EMPLOYEE')")
    ResponseEntity<Void> acknowledge(@PathVariable UUID conversationId,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return commands.send(new AcknowledgeConversation(conversationId.toString()),
                inConversation(conversationId, null), ifMatch).noContent();
    }

    @Schema(example = """
            {"reason": "Ada is on parental leave; we meet again in June"}""")
    record CancellationRequest(@NotBlank @Size(max = Limits.REASON) String reason) {
    }

    @Operation(summary = "Cancel a conversation that has not been concluded (the line manager, the scheduler, or HR), with a reason.")
    @PostMapping("/{conversationId}/cancellation")
    ResponseEntity<Void> cancel(@PathVariable UUID conversationId, @Valid @RequestBody CancellationRequest request,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String reason = request.reason().strip();
        return commands.send(new CancelConversation(conversationId.toString(), reason),
                inConversation(conversationId, reason), ifMatch).noContent();
    }

    /** The conversation (and reason) travel as metadata, so every event and CloudEvent names them. */
    private static CommandContext inConversation(UUID conversationId, String reason) {
        return new CommandContext(conversationId.toString(), null, reason);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
