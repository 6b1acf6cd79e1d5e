package io.careerledger.command.career;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
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

import io.careerledger.command.web.CommandSender;
import io.careerledger.command.security.CommandContext;
import io.careerledger.events.Limits;
import io.careerledger.events.MobilityKind;

/**
 * Where a person stands: their line manager, their track, their rotations and secondments, their
 * leaving. Each answer carries the person's version as ETag; send it back as If-Match to be sure
 * nobody changed them in between (412 otherwise).
 */
@RestController
@RequestMapping(path = "/api/employees/{employeeId}", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('EMPLOYEE', 'MANAGER', 'HR', 'COUNCIL')")
class CareerStepController {

    private final CommandSender sender;

    CareerStepController(CommandSender sender) {
        this.sender = sender;
    }

    @Schema(example = """
            {"managerId": "82c33c99-7e02-3593-9f58-67e92d13bbce"}""")
    record ManagerRequest(@NotNull UUID managerId) {
    }

    @Operation(summary = "Change who the person reports to (HR).")
    @PostMapping("/manager")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Accepted> changeManager(@PathVariable UUID employeeId, @Valid @RequestBody ManagerRequest request,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Accepted.of(employeeId.toString(), sender.send(new ChangeManager(employeeId.toString(), request.managerId().toString()),
                CommandContext.NONE, ifMatch));
    }

    @Schema(example = """
            {"lastWorkingDay": "2026-12-31", "reason": "Moved abroad"}""")
    record OffboardingRequest(@NotNull LocalDate lastWorkingDay, @NotBlank @Size(max = Limits.REASON) String reason) {
    }

    @Operation(summary = "Record that the person left (HR); their history stays, nothing new can be recorded.")
    @PostMapping("/offboarding")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Accepted> offboard(@PathVariable UUID employeeId, @Valid @RequestBody OffboardingRequest request,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Accepted.of(employeeId.toString(), sender.send(new OffboardEmployee(employeeId.toString(), request.lastWorkingDay(),
                request.reason()), new CommandContext(null, null, request.reason()), ifMatch));
    }

    @Schema(example = """
            {"trackId": "people-leader", "reason": "Wants to grow the team she mentors",
             "agreedBy": "82c33c99-7e02-3593-9f58-67e92d13bbce", "conversationId": "0d9a3c1e-6b7f-4f0e-8f3a-2c1d4e5f6a7b"}""")
    record TrackRequest(@NotBlank @Size(max = Limits.ID) String trackId, @NotBlank @Size(max = Limits.REASON) String reason,
                        @Schema(description = "the other party: the line manager when the person sends it, the person when the manager does")
                        UUID agreedBy, UUID conversationId) {
    }

    @Operation(summary = "Choose or switch track, agreed between the person and their line manager; checked against the framework in force.")
    @PostMapping("/track")
    ResponseEntity<Accepted> chooseTrack(@PathVariable UUID employeeId, @Valid @RequestBody TrackRequest request,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String conversationId = text(request.conversationId());
        return Accepted.of(employeeId.toString(), sender.send(new ChooseTrack(employeeId.toString(), request.trackId(), request.reason(),
                        text(request.agreedBy()), conversationId),
                new CommandContext(conversationId, null, request.reason()), ifMatch));
    }

    @Schema(example = """
            {"assignmentId": "4e5f6a7b-0000-4000-8000-000000000004", "kind": "ROTATION", "targetTeam": "Payments",
             "targetTrackId": "entrepreneur", "prerequisites": ["Handover of the on-call rota"],
             "expectedOutcomes": ["Ships one payments experiment"], "startDate": "2027-01-04", "endDate": "2027-04-02"}""")
    record AssignmentRequest(@NotNull UUID assignmentId, @NotNull MobilityKind kind, @NotBlank @Size(max = Limits.NAME) String targetTeam,
                             @Size(max = Limits.ID) String targetTrackId,
                             @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.REASON) String> prerequisites,
                             @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.REASON) String> expectedOutcomes, @NotNull LocalDate startDate, @NotNull LocalDate endDate) {
    }

    @Operation(summary = "Start a rotation or secondment (line manager or HR).")
    @PostMapping("/assignments")
    ResponseEntity<Accepted> startAssignment(@PathVariable UUID employeeId, @Valid @RequestBody AssignmentRequest request,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Accepted.of(employeeId.toString(), sender.send(new StartMobilityAssignment(employeeId.toString(), request.assignmentId().toString(),
                request.kind(), request.targetTeam(), request.targetTrackId(), listOrEmpty(request.prerequisites()),
                listOrEmpty(request.expectedOutcomes()), request.startDate(), request.endDate()), CommandContext.NONE, ifMatch));
    }

    @Schema(example = """
            {"endedOn": "2027-04-02", "outcome": "Shipped the instalments experiment"}""")
    record AssignmentEndRequest(@NotNull LocalDate endedOn, @NotBlank @Size(max = Limits.REASON) String outcome) {
    }

    @Operation(summary = "End a rotation or secondment (line manager or HR).")
    @PostMapping("/assignments/{assignmentId}/end")
    ResponseEntity<Accepted> endAssignment(@PathVariable UUID employeeId, @PathVariable UUID assignmentId,
                                           @Valid @RequestBody AssignmentEndRequest request,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Accepted.of(employeeId.toString(), sender.send(new EndMobilityAssignment(employeeId.toString(), assignmentId.toString(),
                request.endedOn(), request.outcome()), CommandContext.NONE, ifMatch));
    }

    static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    static List<String> listOrEmpty(List<String> items) {
        return items == null ? List.of() : items;
    }
}
