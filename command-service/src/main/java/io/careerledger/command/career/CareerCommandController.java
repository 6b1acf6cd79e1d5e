package io.careerledger.command.career;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.careerledger.command.framework.FrameworkProperties;
import io.careerledger.command.security.CommandContext;
import io.careerledger.command.web.CommandSender;
import io.careerledger.events.Limits;

/** Commands on a person's career. Reads are the query-service's. */
@RestController
@RequestMapping(path = "/api/employees", produces = MediaType.APPLICATION_JSON_VALUE)
class CareerCommandController {

    private final CommandSender commands;
    private final FrameworkProperties frameworks;

    CareerCommandController(CommandSender commands, FrameworkProperties frameworks) {
        this.commands = commands;
        this.frameworks = frameworks;
    }

    @Schema(example = """
            {"employeeId": "5b0c3c52-8f5e-4a53-9d0c-2f0c5b7f1e01", "fullName": "Ada Lovelace",
             "email": "ada@example.org", "managerId": null, "frameworkId": "three-track", "level": 3,
             "hireDate": "2024-02-01"}""")
    record RegisterEmployeeRequest(
            @NotNull UUID employeeId,
            @NotBlank @Size(max = Limits.NAME) String fullName,
            @NotBlank @Email @Size(max = Limits.EMAIL) String email,
            UUID managerId,
            @Schema(description = "the career framework they progress along; the organisation's default when absent")
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}") String frameworkId,
            @NotNull @Min(1) Integer level,
            @NotNull LocalDate hireDate) {

        RegisterEmployee toCommand(String defaultFrameworkId) {
            return new RegisterEmployee(employeeId.toString(), fullName.strip(), email.strip(),
                    managerId == null ? null : managerId.toString(),
                    frameworkId == null ? defaultFrameworkId : frameworkId, level, hireDate);
        }
    }

    record Registered(String employeeId) {
    }

    @Operation(summary = "Register an employee (HR). The client chooses the id; re-sending the same registration is harmless.")
    @ApiResponse(responseCode = "201", description = "Registered; `Location` is the employee's URI.")
    @PostMapping
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Registered> register(@Valid @RequestBody RegisterEmployeeRequest request) {
        RegisterEmployee command = request.toCommand(frameworks.defaultFrameworkId());
        CommandSender.Sent sent = commands.send(command, CommandContext.NONE);
        return ResponseEntity.created(URI.create("/api/employees/" + command.employeeId()))
                .eTag(sent.etag())
                .body(new Registered(command.employeeId()));
    }
}
