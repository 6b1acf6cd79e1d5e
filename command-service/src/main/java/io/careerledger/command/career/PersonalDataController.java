package io.careerledger.command.career;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

/**
 * A person's personal data (HR): erasure by destroying their data key, and the legal hold that stops it.
 * The reason travels as the command's reason too, so the audit log shows why.
 */
@RestController
@RequestMapping(path = "/api/employees/{employeeId}", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('HR')")
class PersonalDataController {

    private final CommandSender sender;

    PersonalDataController(CommandSender sender) {
        this.sender = sender;
    }

    @Schema(example = """
            {"reason": "Erasure request ER-2027-014"}""")
    record ReasonRequest(@NotBlank @Size(max = Limits.REASON) String reason) {
    }

    @Operation(summary = "Erase the person's personal data (HR): their data key is destroyed and PersonalDataErased recorded; "
            + "every view then shows the facts with the personal content as \"[erased]\". Refused before offboarding, while the "
            + "retention period after the last working day runs (careerledger.personal-data.retention-after-offboarding) and "
            + "under a legal hold. Erasing again changes nothing.")
    @ApiResponse(responseCode = "200", description = "Erased (or erased already).")
    @PostMapping("/erasure")
    ResponseEntity<Accepted> erase(@PathVariable UUID employeeId, @Valid @RequestBody ReasonRequest request,
                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return send(employeeId, new ErasePersonalData(employeeId.toString(), request.reason()), request, ifMatch);
    }

    @Operation(summary = "Put the person's record under legal hold (HR): no erasure until it is lifted.")
    @PostMapping("/legal-hold")
    ResponseEntity<Accepted> placeLegalHold(@PathVariable UUID employeeId, @Valid @RequestBody ReasonRequest request,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return send(employeeId, new PlaceLegalHold(employeeId.toString(), request.reason()), request, ifMatch);
    }

    @Operation(summary = "Lift the legal hold on the person's record (HR).")
    @PostMapping("/legal-hold/lift")
    ResponseEntity<Accepted> liftLegalHold(@PathVariable UUID employeeId, @Valid @RequestBody ReasonRequest request,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return send(employeeId, new LiftLegalHold(employeeId.toString(), request.reason()), request, ifMatch);
    }

    private ResponseEntity<Accepted> send(UUID employeeId, Object command, ReasonRequest request, String ifMatch) {
        return Accepted.of(employeeId.toString(), sender.send(command, new CommandContext(null, null, request.reason()), ifMatch));
    }
}
