package io.careerledger.command.framework;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.careerledger.command.problem.RuleViolation;
import io.careerledger.command.security.CommandContext;
import io.careerledger.command.web.CommandSender;
import io.careerledger.events.FrameworkDefinition;
import io.careerledger.events.Limits;

/**
 * Framework governance: HR proposes a version as a YAML document, the council approves or rejects it,
 * HR schedules track retirements. The versions and their diff are read back here for the people
 * deciding; dashboards read the query-service's catalogue.
 */
@RestController
@RequestMapping(path = "/api/frameworks", produces = MediaType.APPLICATION_JSON_VALUE)
class FrameworkController {

    private final CommandSender commands;
    private final FrameworkHistory history;
    private final FrameworkProperties properties;

    FrameworkController(CommandSender commands, FrameworkHistory history, FrameworkProperties properties) {
        this.commands = commands;
        this.history = history;
        this.properties = properties;
    }

    record Proposed(String frameworkId, int version) {
    }

    @Operation(summary = "Propose a framework version (HR): the body is the YAML document; an invalid one gets 422 listing every problem.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/yaml",
                    examples = @ExampleObject(value = "id: three-track\nname: Expert, Entrepreneur and People Leader tracks\n..."))))
    @ApiResponse(responseCode = "201", description = "Proposed; `Location` is the new version's URI.")
    @PostMapping(path = "/proposals", consumes = {"application/yaml", "text/yaml", "application/x-yaml", "text/plain"})
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    ResponseEntity<Proposed> propose(@RequestBody String document,
                                     @Parameter(description = "why this version", example = "Annual review: observable level 1 milestones")
                                     @RequestParam @NotBlank @Size(max = Limits.REASON) String rationale) {
        FrameworkDefinition definition = FrameworkDocuments.read(document);
        CommandSender.Sent sent = commands.send(new ProposeFrameworkVersion(definition.frameworkId(), definition,
                rationale.strip(), properties.approvalQuorum()), CommandContext.NONE);
        int version = (Integer) sent.result();
        return ResponseEntity.created(versionUri(definition.frameworkId(), version))
                .eTag(sent.etag())
                .body(new Proposed(definition.frameworkId(), version));
    }

    @Schema(example = """
            {"comment": "Level 1 milestones are now observable"}""")
    record ApprovalRequest(@Size(max = Limits.REASON) String comment) {
    }

    @Operation(summary = "Approve a proposed version (council, not its proposer); the approval reaching the quorum publishes it.")
    @PostMapping("/{frameworkId}/versions/{version}/approvals")
    @PreAuthorize("hasRole('COUNCIL')")
    ResponseEntity<Void> approve(@PathVariable String frameworkId, @PathVariable int version,
                                 @Valid @RequestBody(required = false) ApprovalRequest request,
                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return commands.send(new ApproveFrameworkVersion(frameworkId, version, request == null ? null : request.comment()),
                CommandContext.NONE, ifMatch).noContent();
    }

    @Schema(example = """
            {"reasons": ["Level 5 on the director track lacks entrepreneurial expectations"]}""")
    record RejectionRequest(@NotEmpty @Size(max = Limits.ITEMS) List<@NotBlank @Size(max = Limits.REASON) String> reasons) {
    }

    @Operation(summary = "Reject a proposed version (council), with the reasons the proposer needs to revise it.")
    @PostMapping("/{frameworkId}/versions/{version}/rejection")
    @PreAuthorize("hasRole('COUNCIL')")
    ResponseEntity<Void> reject(@PathVariable String frameworkId, @PathVariable int version,
                                @Valid @RequestBody RejectionRequest request,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return commands.send(new RejectFrameworkVersion(frameworkId, version, request.reasons()),
                CommandContext.NONE, ifMatch).noContent();
    }

    @Schema(example = """
            {"sunsetDate": "2027-06-30", "successorTrackId": "project-leadership",
             "reason": "Process optimisation is now part of project leadership"}""")
    record RetirementRequest(@NotNull LocalDate sunsetDate, @NotBlank @Size(max = Limits.ID) String successorTrackId,
                             @NotBlank @Size(max = Limits.REASON) String reason) {
    }

    @Operation(summary = "Schedule a track's retirement (HR): after the sunset nobody can choose it; its people move to the successor.")
    @PostMapping("/{frameworkId}/tracks/{trackId}/retirement")
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Void> scheduleRetirement(@PathVariable String frameworkId, @PathVariable String trackId,
                                            @Valid @RequestBody RetirementRequest request,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return commands.send(new ScheduleTrackRetirement(frameworkId, trackId, request.sunsetDate(),
                request.successorTrackId(), request.reason().strip()), CommandContext.NONE, ifMatch).noContent();
    }

    @Operation(summary = "The sample frameworks shipped with Career Ledger, to start a proposal from.")
    @GetMapping("/samples")
    @PreAuthorize("hasAnyRole('HR', 'COUNCIL', 'ADMIN')")
    List<String> samples() {
        return SampleFrameworks.IDS;
    }

    @Operation(summary = "A sample framework document (YAML): three-track (seed 000), dual-ladder (seed 001), four-track (seed 003).")
    @GetMapping(path = "/samples/{sampleId}", produces = "application/yaml")
    @PreAuthorize("hasAnyRole('HR', 'COUNCIL', 'ADMIN')")
    String sample(@PathVariable String sampleId) {
        return SampleFrameworks.document(sampleId).orElseThrow(() -> RuleViolation.notFound("not-found", "No sample framework " + sampleId + "."));
    }

    @Operation(summary = "Every version of a framework with its status, approvals and rejection reasons.")
    @GetMapping("/{frameworkId}/versions")
    @PreAuthorize("hasAnyRole('HR', 'COUNCIL', 'ADMIN')")
    List<FrameworkHistory.Version> versions(@PathVariable String frameworkId) {
        List<FrameworkHistory.Version> versions = history.versions(frameworkId);
        if (versions.isEmpty()) {
            throw unknownFramework(frameworkId);
        }
        return versions;
    }

    @Operation(summary = "One version of a framework, whatever its status, with its whole document.")
    @GetMapping("/{frameworkId}/versions/{version}")
    @PreAuthorize("hasAnyRole('HR', 'COUNCIL', 'ADMIN')")
    FrameworkHistory.Version version(@PathVariable String frameworkId, @PathVariable int version) {
        return find(frameworkId, version);
    }

    record Diff(String frameworkId, int from, int to, List<FrameworkChange> changes) {
    }

    @Operation(summary = "What changed between two versions: tracks, levels, expectations, milestones, policies, competencies.")
    @GetMapping("/{frameworkId}/diff")
    @PreAuthorize("hasAnyRole('HR', 'COUNCIL', 'ADMIN')")
    Diff diff(@PathVariable String frameworkId, @RequestParam int from, @RequestParam int to) {
        return new Diff(frameworkId, from, to,
                FrameworkDiff.between(find(frameworkId, from).definition(), find(frameworkId, to).definition()));
    }

    private FrameworkHistory.Version find(String frameworkId, int version) {
        return history.version(frameworkId, version).orElseThrow(() -> RuleViolation.notFound(FrameworkRules.UNKNOWN_VERSION,
                "Framework " + frameworkId + " has no version " + version + "."));
    }

    private static RuleViolation unknownFramework(String frameworkId) {
        return RuleViolation.notFound("not-found", "No framework " + frameworkId + ".");
    }

    private static URI versionUri(String frameworkId, int version) {
        return URI.create("/api/frameworks/" + frameworkId + "/versions/" + version);
    }
}
