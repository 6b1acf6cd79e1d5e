package io.careerledger.query.audit;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit log: every event with its metadata, for HR. Conversation notes keep their visibility here
 * too: a private note's text only its author reads, though HR sees that it exists, who wrote it and when.
 * The author of an anonymous feedback answer it shows to no one, HR included, until HR revealed it with a reason.
 */
@RestController
@RequestMapping("/api/audit/events")
@PreAuthorize("hasRole('HR')")
class AuditLogController {

    private final AuditLog auditLog;
    private final AuditExport export;
    private final AuditRedaction redaction;

    AuditLogController(AuditLog auditLog, AuditExport export, AuditRedaction redaction) {
        this.auditLog = auditLog;
        this.export = export;
        this.redaction = redaction;
    }

    @Operation(summary = "Audit entries, filtered and paginated (?employeeId=&actorId=&type=&from=&to=&page=&size=&sort=occurredAt,desc).")
    @GetMapping
    Page<AuditEntry> list(
            @Parameter(example = "213d9fab-41dd-396b-8399-8f7f18091e2c") @RequestParam(required = false) String employeeId,
            @Parameter(example = "hr-1") @RequestParam(required = false) String actorId,
            @Parameter(example = "io.careerledger.EmployeeRegistered.v2") @RequestParam(required = false) String type,
            @Parameter(example = "2026-01-01T00:00:00Z") @RequestParam(required = false) Instant from,
            @Parameter(example = "2027-01-01T00:00:00Z") @RequestParam(required = false) Instant to,
            @PageableDefault(size = 50, sort = "occurredAt", direction = Sort.Direction.ASC) Pageable page,
            Authentication authentication) {
        return auditLog.page(new AuditFilter(employeeId, actorId, type, from, to), page).map(redaction.forReader(authentication));
    }

    @Operation(summary = "Every matching entry, oldest first, streamed as CSV (format=csv) or a JSON array (format=json).")
    @ApiResponse(responseCode = "200", description = "The matching entries in the asked format.", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = AuditEntry.class))),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", example = """
                    eventId,type,employeeId,occurredAt,aggregateSequence,actorId,metadata,payload,withheld
                    0b7e8e2d-4f10-4c55-9a61-6f1c2b9e3d4a,io.careerledger.EmployeeRegistered.v2,213d9fab-41dd-396b-8399-8f7f18091e2c,2026-01-05T09:12:44Z,0,demo-hr,"{""actorId"":""demo-hr""}","{""fullName"":""Ada Lovelace"",""level"":4}",""
                    """))})
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(
            @Parameter(example = "213d9fab-41dd-396b-8399-8f7f18091e2c") @RequestParam(required = false) String employeeId,
            @Parameter(example = "hr-1") @RequestParam(required = false) String actorId,
            @Parameter(example = "io.careerledger.EmployeeRegistered.v2") @RequestParam(required = false) String type,
            @Parameter(example = "2026-01-01T00:00:00Z") @RequestParam(required = false) Instant from,
            @Parameter(example = "2027-01-01T00:00:00Z") @RequestParam(required = false) Instant to,
            @Parameter(description = "csv or json") @RequestParam(defaultValue = "json") String format,
            Authentication authentication) {
        ExportFormat exportFormat = ExportFormat.named(format);
        AuditFilter filter = new AuditFilter(employeeId, actorId, type, from, to);
        StreamingResponseBody body = exportFormat == ExportFormat.CSV
                ? out -> export.csv(filter, redaction.forReader(authentication), out)
                : out -> export.json(filter, redaction.forReader(authentication), out);
        return ResponseEntity.ok()
                .contentType(exportFormat.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-log." + exportFormat.extension + "\"")
                .body(body);
    }

    enum ExportFormat {
        CSV(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "csv"),
        JSON(MediaType.APPLICATION_JSON, "json");

        final MediaType mediaType;
        final String extension;

        ExportFormat(MediaType mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        static ExportFormat named(String name) {
            for (ExportFormat format : values()) {
                if (format.extension.equalsIgnoreCase(name)) {
                    return format;
                }
            }
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown export format '" + name + "'; use csv or json.");
        }
    }
}
