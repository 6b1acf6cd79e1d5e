package io.careerledger.command.integrity;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Tamper evidence for an auditor: the event store's hash chains recomputed from the stored bytes. */
@RestController
@RequestMapping("/api/audit/verify")
@PreAuthorize("hasRole('HR')")
class AuditVerifyController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final EventStoreVerification verification;

    AuditVerifyController(EventStoreVerification verification) {
        this.verification = verification;
    }

    @Operation(summary = "Recompute every aggregate's hash chain (or one person's: their career and every aggregate about"
            + " them) and stream the findings as JSON lines: a progress line every 1000 events, each broken aggregate's"
            + " first break (event id, aggregate, sequence, problem: missing-event, previous-hash-mismatch or"
            + " hash-mismatch), and the result last.")
    @ApiResponse(responseCode = "200", description = "The findings, one JSON object a line.", content = @Content(
            mediaType = "application/x-ndjson", schema = @Schema(type = "string", example = """
                    {"progress":{"events":1000,"aggregates":212}}
                    {"break":{"eventId":"0b7e8e2d-4f10-4c55-9a61-6f1c2b9e3d4a","aggregateType":"EmployeeCareer","aggregateId":"213d9fab-41dd-396b-8399-8f7f18091e2c","sequence":3,"problem":"hash-mismatch"}}
                    {"result":{"intact":false,"events":1480,"aggregates":301,"breaks":1}}
                    """)))
    @GetMapping
    ResponseEntity<StreamingResponseBody> verify(
            @Parameter(description = "one person; absent: the whole event store", example = "213d9fab-41dd-396b-8399-8f7f18091e2c")
            @RequestParam(required = false) UUID employeeId) {
        String person = employeeId == null ? null : employeeId.toString();
        return ResponseEntity.ok().contentType(NDJSON).body(out -> verification.verify(person, out));
    }
}
